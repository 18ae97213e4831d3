	.option rvc
	.text
	.globl _start
_start:
	la x31, scratch
	mv x2, x31
	la x30, ivals
	ld x1, 192(x30)
	ld x3, 56(x30)
	ld x4, 152(x30)
	ld x5, 88(x30)
	ld x6, 208(x30)
	ld x7, 72(x30)
	ld x8, 56(x30)
	ld x9, 24(x30)
	ld x10, 112(x30)
	ld x11, 104(x30)
	ld x12, 136(x30)
	ld x13, 80(x30)
	ld x14, 112(x30)
	ld x15, 120(x30)
	ld x16, 80(x30)
	ld x17, 72(x30)
	ld x18, 112(x30)
	ld x19, 88(x30)
	ld x20, 96(x30)
	ld x21, 200(x30)
	ld x22, 32(x30)
	ld x23, 96(x30)
	ld x24, 40(x30)
	ld x25, 136(x30)
	ld x26, 0(x30)
	ld x27, 168(x30)
	ld x28, 176(x30)
	ld x29, 160(x30)
	ld x30, 128(x30)
	la x30, dvals
	fld f0, 200(x30)
	fld f1, 176(x30)
	fld f2, 368(x30)
	fld f3, 176(x30)
	flw f4, 296(x30)
	fld f5, 256(x30)
	fld f6, 232(x30)
	fld f7, 112(x30)
	fld f8, 320(x30)
	fld f9, 168(x30)
	fld f10, 256(x30)
	fld f11, 88(x30)
	fld f12, 96(x30)
	fld f13, 64(x30)
	fld f14, 248(x30)
	fld f15, 56(x30)
	fld f16, 160(x30)
	fld f17, 64(x30)
	fld f18, 160(x30)
	fld f19, 152(x30)
	fld f20, 96(x30)
	fld f21, 128(x30)
	fld f22, 176(x30)
	flw f23, 328(x30)
	fld f24, 348(x30)
	flw f25, 284(x30)
	fld f26, 96(x30)
	fld f27, 256(x30)
	flw f28, 304(x30)
	flw f29, 336(x30)
	fld f30, 144(x30)
	fld f31, 80(x30)
	addiw x0, x8, 1225
	la x30, 1f
	c.jr x30
	or x5, x3, x0
1:
	mv x9, x31
	c.ld x15, 64(x9)
	la x30, dvals
	fld f5, 584(x30)
	la x30, dvals
	fld f1, 264(x30)
	fsgnjx.d f24, f5, f1
	fsflags x29, x0
	la x30, flaglog
	sb x29, 0(x30)
	sh x21, 962(x31)
	srli x10, x13, 33
	slliw x4, x0, 1
	slli x21, x28, 33
	sraiw x11, x29, 31
	la x30, dvals
	fld f6, 168(x30)
	fdiv.d f15, f6, f8, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 1(x30)
	fdiv.s f18, f27, f9, dyn
	fsw f6, 1484(x31)
	lbu x13, 220(x31)
	addw x28, x29, x8
	addi x30, x31, 160
	amomaxu.w.rl x22, x4, (x30)
	slti x11, x16, 2047
	or x8, x10, x16
	lwu x25, 1720(x2)
	la x30, dvals
	fld f15, 128(x30)
	fcvt.wu.d x10, f15, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 2(x30)
	lui x16, 1048575
	mv x10, x31
	c.fsd f12, 56(x10)
	sllw x12, x1, x18
	slti x15, x11, 31
	la x30, dvals
	fld f1, 520(x30)
	fdiv.d f12, f1, f25, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 3(x30)
	bgeu x24, x23, 1f
	sraw x21, x17, x0
	sltu x16, x11, x22
1:
	fnmsub.s f25, f12, f3, f13, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 4(x30)
	la x30, dvals
	fld f20, 408(x30)
	fcvt.l.d x19, f20, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 5(x30)
	ori x28, x29, 63
	c.mv x6, x17
	c.add x20, x6
	addi x30, x31, 1216
	lr.w.aqrl x29, (x30)
	sc.w.aqrl x27, x26, (x30)
	sc.w x7, x20, (x30)
	addiw x3, x25, 64
	and x12, x14, x28
	la x30, dvals
	flw f23, 660(x30)
	la x30, dvals
	flw f11, 284(x30)
	la x30, dvals
	flw f25, 672(x30)
	fnmadd.s f10, f23, f11, f25, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 6(x30)
	c.bnez x9, 1f
	and x25, x24, x17
1:
	xor x17, x26, x18
	sw x25, 1148(x31)
	ori x4, x18, 2047
	sraw x7, x19, x20
	la x30, dvals
	fld f14, 152(x30)
	la x30, dvals
	fld f10, 64(x30)
	fsub.d f6, f14, f10, rtz
	csrrwi x14, frm, 0
	la x30, 1f
	jalr x25, 1(x30)
	sll x26, x23, x24
1:
	fclass.d x10, f3
	addiw x26, x6, 63
	la x30, dvals
	flw f13, 604(x30)
	fsub.s f30, f13, f9, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 7(x30)
	fdiv.d f0, f0, f15, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 8(x30)
	mv x8, x31
	c.lw x8, 104(x8)
	lh x25, 94(x2)
	mulhsu x8, x12, x4
	fmv.x.w x29, f16
	flt.d x19, f9, f29
	fsflags x29, x0
	la x30, flaglog
	sb x29, 9(x30)
	mv x8, x31
	c.fsd f12, 144(x8)
	fcvt.d.wu f22, x22
	fsflags x29, x0
	la x30, flaglog
	sb x29, 10(x30)
	mulw x1, x5, x16
	lw x15, 348(x2)
	la x30, dvals
	fld f16, 496(x30)
	la x30, dvals
	fld f27, 400(x30)
	fdiv.d f19, f16, f27, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 11(x30)
	slti x5, x13, 32
	sd x29, 392(x31)
	ld x16, 104(x2)
	c.swsp x8, 32(sp)
	c.sdsp x11, 8(sp)
	la x30, dvals
	flw f24, 392(x30)
	fnmsub.s f11, f24, f13, f17, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 12(x30)
	la x30, dvals
	fld f12, 176(x30)
	fcvt.lu.d x5, f12, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 13(x30)
	sw x25, 1948(x31)
	la x30, dvals
	fld f1, 104(x30)
	fmax.d f30, f26, f1
	fsflags x29, x0
	la x30, flaglog
	sb x29, 14(x30)
	sw x15, 32(x31)
	fmin.d f10, f17, f30
	fsflags x29, x0
	la x30, flaglog
	sb x29, 15(x30)
	sraw x12, x0, x28
	sllw x16, x13, x20
	la x30, dvals
	flw f15, 320(x30)
	fcvt.d.s f6, f15
	fsflags x29, x0
	la x30, flaglog
	sb x29, 16(x30)
	fmv.d.x f25, x15
	lb x8, 1101(x2)
	fsd f0, 288(x31)
	remu x20, x11, x19
	fnmadd.s f1, f17, f20, f21, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 17(x30)
	lui x4, 0
	srl x12, x20, x15
	subw x16, x15, x8
	lb x29, 870(x2)
	la x30, dvals
	fld f24, 240(x30)
	la x30, dvals
	fld f12, 200(x30)
	fmin.d f22, f24, f12
	fsflags x29, x0
	la x30, flaglog
	sb x29, 18(x30)
	srlw x12, x25, x14
	ld x24, 1512(x31)
	lui x20, 524288
	fsw f5, 640(x31)
	blt x6, x19, 1f
	sub x23, x8, x23
1:
	la x30, dvals
	fld f0, 184(x30)
	fcvt.s.d f24, f0, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 19(x30)
	lhu x29, 1696(x31)
	lhu x9, 859(x31)
	la x30, dvals
	flw f4, 640(x30)
	fsqrt.s f19, f4, rup
	la x30, dvals
	fld f16, 544(x30)
	fsub.d f3, f16, f20, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 20(x30)
	slli x22, x26, 0
	sraiw x6, x26, 1
	andi x13, x25, 31
	ld x24, 1032(x31)
	fsqrt.d f7, f18, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 21(x30)
	srli x23, x19, 0
	sraiw x7, x10, 0
	addi x30, x31, 1416
	amomin.d.aq x19, x16, (x30)
	or x9, x16, x27
	xori x28, x23, 32
	sraw x18, x25, x13
	sra x27, x15, x22
	remw x17, x20, x24
	fld f1, 912(x31)
	sll x5, x3, x28
	fsqrt.d f9, f24, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 22(x30)
	addi x30, x31, 40
	amoxor.w.aq x3, x4, (x30)
	beq x26, x27, 1f
	sltu x6, x13, x21
1:
	fcvt.w.d x3, f24, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 23(x30)
	fcvt.d.l f13, x0, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 24(x30)
	addi x30, x31, 872
	lr.d x11, (x30)
	sub x3, x8, x9
	addi x30, x30, 8
	sc.d x15, x27, (x30)
	sc.d x6, x19, (x30)
	la x30, dvals
	flw f16, 388(x30)
	fsqrt.s f25, f16, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 25(x30)
	slti x11, x8, -2048
	slti x22, x13, 2047
	andi x16, x16, 63
	la x30, dvals
	flw f24, 632(x30)
	fmsub.s f29, f28, f3, f24, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 26(x30)
	ori x7, x21, 2047
	c.j 1f
	sllw x6, x14, x15
1:
	xori x29, x23, 32
	divw x5, x6, x23
	addi x12, x22, -2048
	sraw x8, x15, x11
	sub x21, x11, x8
	add x27, x3, x1
	la x30, 1f
	jalr x21, 1(x30)
	sll x15, x27, x0
1:
	bgeu x24, x10, 1f
	or x13, x0, x0
	and x22, x3, x26
1:
	la x30, dvals
	flw f23, 652(x30)
	la x30, dvals
	flw f9, 352(x30)
	fnmsub.s f23, f23, f9, f9, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 27(x30)
	la x30, dvals
	flw f15, 392(x30)
	fsub.s f24, f15, f17, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 28(x30)
	lh x27, 732(x31)
	fld f10, 1776(x31)
	andi x10, x26, -2048
	la x30, dvals
	flw f4, 384(x30)
	la x30, dvals
	flw f27, 280(x30)
	la x30, dvals
	flw f17, 636(x30)
	fmadd.s f21, f4, f27, f17, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 29(x30)
	c.sub x11, x11
	srlw x27, x21, x3
	andi x28, x20, 63
	csrrwi x3, frm, 1
	la x30, dvals
	fld f6, 264(x30)
	la x30, dvals
	fld f22, 16(x30)
	fnmsub.d f0, f6, f22, f18, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 30(x30)
	sh x26, 842(x31)
	c.slli x9, 45
	sltiu x18, x21, -1
	slli x13, x27, 33
	sraiw x3, x5, 1
	jal x4, 1f
	sub x9, x9, x8
1:
	sltu x27, x23, x25
	la x30, dvals
	fld f9, 168(x30)
	fle.d x22, f31, f9
	fsflags x29, x0
	la x30, flaglog
	sb x29, 31(x30)
	or x26, x10, x4
	c.li x28, -19
	c.lui x28, 5
	fcvt.s.w f26, x29, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 32(x30)
	addi x16, x18, 0
	jal x29, 1f
	sra x29, x0, x20
1:
	addi x30, x31, 1280
	lr.d.aqrl x25, (x30)
	sc.d.aqrl x8, x25, (x30)
	mv x9, x31
	c.fsd f8, 48(x9)
	andi x25, x14, 302
	addiw x12, x9, 0
	sll x16, x9, x3
	addi x27, x11, 2047
	la x30, dvals
	fld f2, 576(x30)
	fsub.d f30, f2, f30, rne
	mulhu x8, x4, x26
	mulh x23, x10, x25
	fmv.x.w x0, f5
	divuw x9, x9, x21
	fadd.d f21, f27, f21, rne
	la x30, dvals
	fld f11, 104(x30)
	fmadd.d f27, f11, f8, f25, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 33(x30)
	ori x27, x28, -1163
	addi x30, x31, 160
	amomaxu.w x26, x22, (x30)
	lbu x12, 874(x2)
	c.addi x28, 31
	c.addiw x28, -32
	auipc x5, 0
	jal x0, 1f
	srl x14, x14, x3
1:
	la x30, dvals
	fld f14, 544(x30)
	la x30, dvals
	fld f29, 16(x30)
	fadd.d f7, f14, f29, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 34(x30)
	sll x4, x23, x5
	la x30, dvals
	fld f4, 232(x30)
	la x30, dvals
	fld f2, 160(x30)
	fdiv.d f30, f4, f2, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 35(x30)
	c.bnez x9, 1f
	or x14, x15, x23
1:
	la x30, dvals
	fld f7, 416(x30)
	la x30, dvals
	fld f9, 440(x30)
	fadd.d f3, f7, f9, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 36(x30)
	bltu x4, x24, 1f
	or x5, x11, x26
	sll x9, x6, x3
1:
	lw x6, 424(x31)
	la x30, dvals
	fld f7, 224(x30)
	fcvt.w.d x29, f7, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 37(x30)
	addi x30, x31, 1480
	amomin.w x22, x22, (x30)
	la x30, dvals
	flw f18, 332(x30)
	la x30, dvals
	flw f1, 384(x30)
	fnmadd.s f26, f18, f21, f1, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 38(x30)
	la x30, dvals
	flw f11, 656(x30)
	fmsub.s f13, f11, f25, f24, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 39(x30)
	fadd.s f21, f11, f21, rtz
	ori x24, x19, 31
	beq x6, x26, 1f
	sraw x17, x21, x27
	or x4, x0, x12
1:
	c.addi4spn x9, sp, 492
	fmv.x.w x25, f14
	lhu x10, 160(x2)
	srli x26, x9, 31
	sraiw x15, x24, 0
	c.addi4spn x10, sp, 228
	c.fsdsp f23, 464(sp)
	ori x5, x13, -2048
	lui x7, 1048575
	la x30, dvals
	fld f3, 48(x30)
	la x30, dvals
	fld f22, 504(x30)
	fmsub.d f15, f3, f22, f9, rne
	sllw x28, x27, x27
	fcvt.s.w f0, x10, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 40(x30)
	remu x3, x22, x3
	remw x9, x19, x1
	addi x30, x31, 848
	lr.d x14, (x30)
	sc.d x15, x14, (x30)
	sc.d x0, x19, (x30)
	add x15, x18, x11
	sra x28, x4, x21
	la x30, dvals
	flw f5, 324(x30)
	fadd.s f3, f5, f24, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 41(x30)
	sub x1, x15, x11
	la x30, dvals
	fld f19, 496(x30)
	fmadd.d f27, f26, f19, f17, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 42(x30)
	sllw x29, x14, x13
	la x30, dvals
	fld f1, 560(x30)
	la x30, dvals
	fld f25, 432(x30)
	fmadd.d f21, f0, f1, f25, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 43(x30)
	la x30, dvals
	flw f12, 384(x30)
	la x30, dvals
	flw f11, 384(x30)
	la x30, dvals
	flw f21, 600(x30)
	fnmsub.s f15, f12, f11, f21, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 44(x30)
	la x30, dvals
	flw f24, 668(x30)
	fsgnjn.s f15, f26, f24
	fsflags x29, x0
	la x30, flaglog
	sb x29, 45(x30)
	remuw x26, x17, x11
	mul x7, x19, x12
	blt x18, x23, 1f
	or x23, x1, x18
	sll x25, x24, x12
1:
	la x30, dvals
	fld f2, 504(x30)
	fcvt.w.d x25, f2, dyn
	divuw x16, x0, x8
	c.fldsp f18, 280(sp)
	c.addi x24, 31
	c.addiw x24, 0
	ori x14, x6, 2047
	fld f8, 360(x31)
	la x30, dvals
	fld f25, 152(x30)
	fsgnjn.d f16, f8, f25
	fsflags x29, x0
	la x30, flaglog
	sb x29, 46(x30)
	addi x30, x31, 1168
	amomaxu.w.aqrl x7, x28, (x30)
	addiw x4, x11, 31
	fcvt.s.l f21, x19, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 47(x30)
	fclass.d x1, f10
	fmv.x.w x19, f29
	la x30, dvals
	fld f4, 408(x30)
	fsqrt.d f6, f4, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 48(x30)
	la x30, dvals
	fld f24, 456(x30)
	fcvt.l.d x27, f24, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 49(x30)
	c.addi x20, 5
	c.addiw x20, 0
	la x30, dvals
	flw f17, 616(x30)
	fclass.s x8, f17
	addi x30, x31, 1056
	amomin.w.aqrl x27, x7, (x30)
	add x20, x19, x0
	remuw x9, x21, x17
	la x30, dvals
	flw f14, 312(x30)
	la x30, dvals
	flw f1, 392(x30)
	la x30, dvals
	flw f24, 664(x30)
	fnmsub.s f7, f14, f1, f24, rmm
	fadd.s f26, f21, f31, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 50(x30)
	or x12, x24, x18
	la x30, dvals
	fld f5, 456(x30)
	fcvt.wu.d x3, f5, rmm
	sub x18, x20, x17
	fcvt.l.s x3, f6, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 51(x30)
	la x30, 1f
	c.jalr x30
	xor x16, x6, x16
1:
	la x30, dvals
	flw f25, 384(x30)
	fadd.s f9, f25, f12, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 52(x30)
	fsqrt.s f31, f31, rdn
	fsub.d f10, f17, f22, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 53(x30)
	la x30, dvals
	fld f13, 56(x30)
	fsqrt.d f26, f13, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 54(x30)
	or x27, x7, x21
	andi x5, x20, 2047
	remuw x3, x3, x22
	divw x3, x24, x12
	c.fldsp f27, 32(sp)
	bne x14, x6, 1f
	xor x24, x13, x3
1:
	mulw x10, x16, x29
	frrm x16
	srai x20, x12, 0
	slliw x5, x16, 0
	div x9, x1, x15
	beq x25, x5, 1f
	sltu x28, x15, x5
	sltu x14, x25, x16
1:
	remuw x7, x4, x4
	addi x30, x31, 1880
	amoxor.d.aqrl x4, x10, (x30)
	sh x16, 338(x31)
	bne x26, x12, 1f
	slt x19, x25, x24
	and x18, x23, x14
1:
	la x30, dvals
	fld f18, 32(x30)
	fadd.d f27, f18, f5, rmm
	sllw x6, x22, x7
	sll x4, x29, x6
	sllw x0, x0, x17
	addi x30, x31, 752
	lr.w.aq x24, (x30)
	sc.w.aq x18, x28, (x30)
	sc.w x11, x5, (x30)
	addi x18, x14, 2047
	lbu x12, 623(x2)
	la x30, dvals
	flw f20, 636(x30)
	la x30, dvals
	flw f13, 380(x30)
	fmadd.s f19, f20, f13, f14, rdn
	sltiu x22, x12, 32
	sb x16, 105(x31)
	mv x8, x31
	c.ld x15, 184(x8)
	sw x4, 1260(x31)
	sllw x19, x7, x7
	fdiv.s f9, f1, f11, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 55(x30)
	slli x6, x13, 31
	sraiw x4, x0, 13
	lhu x4, 1770(x2)
	sltu x10, x28, x28
	srai x26, x4, 63
	srliw x19, x22, 1
	la x30, dvals
	fld f26, 192(x30)
	fsqrt.d f21, f26, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 56(x30)
	la x30, dvals
	fld f8, 80(x30)
	la x30, dvals
	fld f12, 544(x30)
	fadd.d f15, f8, f12, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 57(x30)
	la x30, dvals
	flw f22, 300(x30)
	fadd.s f0, f25, f22, rup
	la x30, dvals
	flw f30, 388(x30)
	la x30, dvals
	flw f20, 620(x30)
	fsub.s f2, f30, f20, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 58(x30)
	lbu x21, 835(x31)
	la x30, dvals
	flw f15, 288(x30)
	fmul.s f28, f30, f15, rmm
	la x30, dvals
	flw f16, 652(x30)
	la x30, dvals
	flw f0, 300(x30)
	fmul.s f25, f16, f0, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 59(x30)
	addi x30, x31, 1088
	amominu.d.aq x16, x27, (x30)
	la x30, dvals
	flw f15, 648(x30)
	feq.s x17, f15, f11
	fsflags x29, x0
	la x30, flaglog
	sb x29, 60(x30)
	addi x21, x6, 63
	srai x1, x20, 1
	sraiw x18, x9, 23
	lw x19, 496(x2)
	c.xor x9, x15
	or x7, x8, x17
	lb x4, 878(x2)
	fcvt.d.wu f26, x29
	fsflags x29, x0
	la x30, flaglog
	sb x29, 61(x30)
	la x30, dvals
	fld f15, 448(x30)
	la x30, dvals
	fld f10, 16(x30)
	fdiv.d f20, f15, f10, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 62(x30)
	srlw x3, x12, x5
	lwu x28, 416(x31)
	la x30, dvals
	flw f14, 316(x30)
	la x30, dvals
	flw f5, 360(x30)
	fdiv.s f29, f14, f5, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 63(x30)
	lw x7, 1376(x2)
	fmadd.s f12, f0, f8, f22, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 64(x30)
	la x30, dvals
	flw f16, 632(x30)
	la x30, dvals
	flw f21, 348(x30)
	fadd.s f29, f16, f21, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 65(x30)
	la x30, dvals
	flw f7, 608(x30)
	la x30, dvals
	flw f15, 360(x30)
	fmsub.s f9, f7, f18, f15, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 66(x30)
	subw x29, x26, x28
	fmin.s f24, f28, f9
	fsflags x29, x0
	la x30, flaglog
	sb x29, 67(x30)
	la x30, 1f
	jalr x17, 0(x30)
	subw x28, x4, x24
1:
	la x30, dvals
	fld f4, 168(x30)
	fdiv.d f1, f4, f16, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 68(x30)
	lwu x8, 1212(x2)
	lwu x17, 848(x31)
	addi x30, x31, 1672
	amomax.w.aq x17, x24, (x30)
	fmv.w.x f16, x5
	la x30, dvals
	flw f22, 368(x30)
	la x30, dvals
	flw f31, 664(x30)
	la x30, dvals
	flw f15, 292(x30)
	fmadd.s f13, f22, f31, f15, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 69(x30)
	la x30, dvals
	fld f10, 272(x30)
	flt.d x0, f1, f10
	fsflags x29, x0
	la x30, flaglog
	sb x29, 70(x30)
	la x30, dvals
	flw f8, 304(x30)
	flt.s x1, f13, f8
	fsflags x29, x0
	la x30, flaglog
	sb x29, 71(x30)
	la x30, dvals
	flw f2, 592(x30)
	la x30, dvals
	flw f17, 680(x30)
	fmadd.s f0, f31, f2, f17, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 72(x30)
	rem x3, x1, x28
	divw x19, x13, x20
	fsqrt.d f15, f5, rtz
	mulw x13, x5, x7
	la x30, dvals
	flw f6, 308(x30)
	fcvt.l.s x5, f6, rmm
	la x30, dvals
	fld f21, 472(x30)
	la x30, dvals
	fld f7, 448(x30)
	fadd.d f2, f21, f7, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 73(x30)
	rem x16, x15, x8
	fcvt.w.d x0, f8, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 74(x30)
	srli x26, x16, 56
	srliw x27, x4, 31
	lw x25, 1752(x2)
	lui x13, 524288
	blt x15, x7, 1f
	sraw x20, x14, x12
1:
	c.mv x17, x24
	c.add x7, x17
	la x30, dvals
	flw f11, 616(x30)
	fmadd.s f19, f11, f1, f26, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 75(x30)
	fcvt.s.l f27, x26, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 76(x30)
	c.addi16sp sp, 256
	c.sdsp x19, 88(sp)
	mv sp, x31
	srai x24, x13, 32
	slliw x27, x3, 16
	bltu x21, x0, 1f
	srl x28, x18, x11
	sll x4, x8, x15
1:
	divuw x19, x15, x23
	remu x11, x5, x7
	sltiu x16, x14, 31
	fadd.s f18, f28, f12, dyn
	la x30, dvals
	fld f20, 88(x30)
	fcvt.w.d x28, f20, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 77(x30)
	and x16, x17, x7
	fmv.w.x f18, x12
	la x30, dvals
	fld f12, 480(x30)
	fdiv.d f1, f12, f3, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 78(x30)
	fcvt.d.lu f9, x1, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 79(x30)
	remw x19, x14, x27
	la x30, dvals
	fld f3, 528(x30)
	fdiv.d f19, f7, f3, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 80(x30)
	bltu x26, x4, 1f
	sll x17, x13, x24
1:
	la x30, dvals
	flw f31, 632(x30)
	la x30, dvals
	flw f31, 300(x30)
	fmul.s f11, f31, f31, rne
	addiw x13, x18, 2047
	addi x12, x1, 64
	sltiu x26, x13, -2
	la x30, dvals
	fld f12, 96(x30)
	fsub.d f29, f24, f12, rne
	la x30, dvals
	flw f30, 300(x30)
	fnmadd.s f3, f30, f8, f22, rtz
	mulh x1, x4, x1
	addiw x11, x8, -2
	fadd.d f31, f26, f29, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 81(x30)
	xor x6, x20, x9
	addi x30, x31, 224
	amoand.d.aq x5, x20, (x30)
	and x18, x19, x4
	sraw x13, x26, x29
	la x30, dvals
	flw f2, 320(x30)
	fsgnjn.s f11, f16, f2
	srai x23, x15, 32
	sraiw x29, x14, 31
	ld x27, 688(x31)
	srli x19, x22, 32
	srliw x4, x28, 6
	c.mv x21, x10
	c.add x20, x21
	la x30, dvals
	flw f8, 620(x30)
	fdiv.s f18, f13, f8, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 82(x30)
	fcvt.s.l f23, x23, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 83(x30)
	add x1, x16, x27
	la x30, dvals
	fld f7, 168(x30)
	fmadd.d f23, f30, f11, f7, rdn
	fsd f13, 592(x31)
	srlw x25, x5, x27
	divuw x15, x13, x27
	c.bnez x11, 1f
	sraw x8, x6, x25
1:
	la x30, dvals
	flw f20, 676(x30)
	la x30, dvals
	flw f24, 380(x30)
	fmul.s f20, f20, f24, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 84(x30)
	fcvt.l.s x15, f7, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 85(x30)
	div x24, x3, x11
	mv x14, x31
	c.lw x12, 48(x14)
	lb x11, 446(x2)
	addi x30, x31, 1688
	lr.d.rl x22, (x30)
	sc.d.rl x17, x6, (x30)
	sc.d x24, x21, (x30)
	ori x11, x10, 0
	srai x14, x25, 1
	srliw x0, x8, 1
	la x30, dvals
	flw f11, 284(x30)
	la x30, dvals
	flw f11, 380(x30)
	fmin.s f28, f11, f11
	fsflags x29, x0
	la x30, flaglog
	sb x29, 86(x30)
	fcvt.s.wu f17, x0, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 87(x30)
	sh x15, 664(x31)
	mulh x26, x14, x4
	fld f3, 1328(x31)
	la x30, dvals
	flw f12, 644(x30)
	la x30, dvals
	flw f2, 344(x30)
	fle.s x20, f12, f2
	fsflags x29, x0
	la x30, flaglog
	sb x29, 88(x30)
	addw x10, x15, x19
	fcvt.d.l f28, x19, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 89(x30)
	sltiu x13, x13, -2
	fmv.x.d x14, f4
	mulhu x24, x17, x0
	jal x19, 1f
	addw x10, x28, x28
1:
	remw x6, x23, x13
	la x30, dvals
	fld f4, 488(x30)
	la x30, dvals
	fld f21, 400(x30)
	fdiv.d f10, f4, f21, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 90(x30)
	sll x19, x23, x13
	c.slli x13, 13
	bne x11, x28, 1f
	and x15, x27, x4
1:
	beq x21, x26, 1f
	srl x25, x0, x19
1:
	mulhu x26, x12, x8
	subw x24, x24, x27
	divu x4, x28, x27
	la x30, dvals
	fld f8, 488(x30)
	fdiv.d f5, f8, f27, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 91(x30)
	srl x23, x11, x9
	addi x30, x31, 800
	lr.d x6, (x30)
	xor x4, x0, x13
	sc.d x12, x15, (x30)
	sc.d x21, x0, (x30)
	and x10, x11, x4
	c.nop
	la x30, dvals
	flw f11, 376(x30)
	fnmsub.s f13, f13, f11, f14, rdn
	addi x27, x17, -418
	srli x15, x16, 0
	sraiw x6, x8, 31
	xori x25, x21, -2048
	slli x11, x6, 32
	slliw x10, x7, 0
	sltiu x7, x4, -491
	sh x18, 1438(x31)
	mulh x19, x24, x20
	la x30, dvals
	fld f16, 24(x30)
	la x30, dvals
	fld f31, 576(x30)
	fmadd.d f3, f19, f16, f31, rmm
	la x31, dump
	sd x1, 8(x31)
	sd x2, 16(x31)
	sd x3, 24(x31)
	sd x4, 32(x31)
	sd x5, 40(x31)
	sd x6, 48(x31)
	sd x7, 56(x31)
	sd x8, 64(x31)
	sd x9, 72(x31)
	sd x10, 80(x31)
	sd x11, 88(x31)
	sd x12, 96(x31)
	sd x13, 104(x31)
	sd x14, 112(x31)
	sd x15, 120(x31)
	sd x16, 128(x31)
	sd x17, 136(x31)
	sd x18, 144(x31)
	sd x19, 152(x31)
	sd x20, 160(x31)
	sd x21, 168(x31)
	sd x22, 176(x31)
	sd x23, 184(x31)
	sd x24, 192(x31)
	sd x25, 200(x31)
	sd x26, 208(x31)
	sd x27, 216(x31)
	sd x28, 224(x31)
	sd x29, 232(x31)
	sd x30, 240(x31)
	fsd f0, 256(x31)
	fsd f1, 264(x31)
	fsd f2, 272(x31)
	fsd f3, 280(x31)
	fsd f4, 288(x31)
	fsd f5, 296(x31)
	fsd f6, 304(x31)
	fsd f7, 312(x31)
	fsd f8, 320(x31)
	fsd f9, 328(x31)
	fsd f10, 336(x31)
	fsd f11, 344(x31)
	fsd f12, 352(x31)
	fsd f13, 360(x31)
	fsd f14, 368(x31)
	fsd f15, 376(x31)
	fsd f16, 384(x31)
	fsd f17, 392(x31)
	fsd f18, 400(x31)
	fsd f19, 408(x31)
	fsd f20, 416(x31)
	fsd f21, 424(x31)
	fsd f22, 432(x31)
	fsd f23, 440(x31)
	fsd f24, 448(x31)
	fsd f25, 456(x31)
	fsd f26, 464(x31)
	fsd f27, 472(x31)
	fsd f28, 480(x31)
	fsd f29, 488(x31)
	fsd f30, 496(x31)
	fsd f31, 504(x31)
	frcsr x5
	sd x5, 512(x31)
	li a0, 1
	mv a1, x31
	li a2, 520
	li a7, 64
	ecall
	li a0, 1
	la a1, scratch
	li a2, 2048
	li a7, 64
	ecall
	li a0, 1
	la a1, flaglog
	li a2, 1024
	li a7, 64
	ecall
	li a0, 0
	li a7, 93
	ecall
	.data
	.balign 8
ivals:
	.dword 0x0
	.dword 0x1
	.dword 0xffffffffffffffff
	.dword 0x7fffffffffffffff
	.dword 0x8000000000000000
	.dword 0x7fffffff
	.dword 0x80000000
	.dword 0xffffffff
	.dword 0xffffffff80000000
	.dword 0x00000000ffffffff
	.dword 0x2
	.dword 0xfffffffffffffffe
	.dword 0x3f
	.dword 0x40
	.dword 0x1f
	.dword 0x20
	.dword 0x123456789abcdef0
	.dword 0x00000000fffff800
	.dword 0x0000000100000000
	.dword 0x853c7bc742d74245
	.dword 0xf969564aa7af8cda
	.dword 0x90a81fc0f95a9b68
	.dword 0xecce0013b542b8d5
	.dword 0xa95556d9724094de
	.dword 0x7bb7f2d33857d485
	.dword 0x9a25a926cf2eaa66
	.dword 0x562e8db7749de11b
dvals:
	.dword 0x0000000000000000
	.dword 0x8000000000000000
	.dword 0x3ff0000000000000
	.dword 0xbff0000000000000
	.dword 0x3fe0000000000000
	.dword 0x4008000000000000
	.dword 0x400921fb54442d18
	.dword 0x7fe1ccf385ebc8a0
	.dword 0xffe1ccf385ebc8a0
	.dword 0x7ff0000000000000
	.dword 0xfff0000000000000
	.dword 0x7ff8000000000000
	.dword 0x7ff0000000000001
	.dword 0x7ff8000000000123
	.dword 0x0000000000000001
	.dword 0x000fffffffffffff
	.dword 0x0010000000000000
	.dword 0x7fefffffffffffff
	.dword 0x3fd5555555555555
	.dword 0x4340000000000000
	.dword 0x43e0000000000000
	.dword 0x43f0000000000000
	.dword 0xc3e0000000000000
	.dword 0x00001cb5d9b8c4c0
	.dword 0x3fb999999999999a
	.dword 0x41dfffffffc00000
	.dword 0xc1e0000000000000
	.dword 0x41efffffffe00000
	.dword 0x3ff0000000000001
	.dword 0xbfe0000000000000
	.dword 0x4004000000000000
	.dword 0xc00c000000000000
	.dword 0x8010000000000000
	.dword 0x800fffffffffffff
	.dword 0x3cb0000000000000
	.word 0x00000000
	.word 0x80000000
	.word 0x3f800000
	.word 0xbf800000
	.word 0x7f800000
	.word 0xff800000
	.word 0x7fc00000
	.word 0x7f800001
	.word 0x7fc01234
	.word 0x00000001
	.word 0x007fffff
	.word 0x00800000
	.word 0x7f7fffff
	.word 0x4f000000
	.word 0x4f800000
	.word 0xcf000000
	.word 0x5f000000
	.word 0x3dcccccd
	.word 0x3eaaaaab
	.word 0x3fc00000
	.word 0xc0200000
	.word 0x40490fdb
	.word 0x4b000001
	.word 0x80800000
	.word 0x3f000000
	.word 0xbf000000
	.word 0x3fa00000
	.word 0x33800000
	.word 0xff7fffff
	.word 0x4effffff
rvals:
	.dword 0xbf957ef4be317f71
	.dword 0xc1b15fa6f02c136c
	.dword 0x3f57702745aa360e
	.dword 0x40479bbe599980b6
	.dword 0x3f61d21bd3a218a2
	.dword 0x3f26fcd6cbab43c0
	.dword 0xbfa4dba151582721
	.dword 0x4189e71881e344e5
	.dword 0xbebd8790d1da1d67
	.dword 0xc1144d0491eaa57e
	.dword 0xc15657fd2ada1d29
	.dword 0x41b3829f243a2367
	.dword 0x4332b3f4e27fbc4a
	.dword 0x7fe2225c17f16238
	.dword 0xffe45020625ce508
	.dword 0x43e4dc719a8f3f1c
	.dword 0x002b74be73cd9a90
	.dword 0x433aea5cb6fefab4
	.dword 0x41e61fd62ddd33f0
	.dword 0x801f1fd877735f62
	.dword 0xc1ea1754e4950f94
	.dword 0x7fdf7bf101bd2519
	.dword 0xffe86580787de9bc
	.dword 0x8021a7e89bd5170e
	.word 0xbb9e29d1
	.word 0xbb036410
	.word 0xbd805658
	.word 0x40074f71
	.word 0xbc0e3f3b
	.word 0xc13666c1
	.word 0x44902908
	.word 0x39fb09af
	.word 0xbde314e5
	.word 0x3ad098f2
	.word 0x4427de30
	.word 0xc1a89b91
	.word 0xcf454ea7
	.word 0x81067695
	.word 0xcf61cfa5
	.word 0x8bff5a
	.word 0x8f389bec
	.word 0x7e824201
	.word 0x4f2d8942
	.word 0x8f44252e
	.word 0xdf0364ab
	.word 0x1c772b
	.word 0xff6f3733
	.word 0x7ea94586
	.balign 16
scratch:
	.word 0x7aad880a
	.word 0xbe39165c
	.word 0x2a9dc85
	.word 0x1e156339
	.word 0xfc315a00
	.word 0x395706b8
	.word 0xe98d2578
	.word 0xe9627ec9
	.word 0x71dabf14
	.word 0xe13dad08
	.word 0xc70c6f86
	.word 0x156dd5f8
	.word 0x5582c031
	.word 0xbd183893
	.word 0xfb4ab756
	.word 0x19a41146
	.word 0xea1f0c80
	.word 0x7a6e21a7
	.word 0x75094fca
	.word 0xc2f417f2
	.word 0x41448917
	.word 0xdca625a4
	.word 0x1a479c0d
	.word 0xd10f552e
	.word 0x4efb979b
	.word 0xbd15da7f
	.word 0xcd1d1312
	.word 0x8093f10d
	.word 0x28f7e4d4
	.word 0x59ccd2a2
	.word 0xb0869eae
	.word 0x93e8fe7
	.word 0xc0827346
	.word 0x53b47253
	.word 0x6231e92c
	.word 0xbd9c9266
	.word 0xd5d8f44e
	.word 0xa17b6d26
	.word 0x5726a269
	.word 0xee13b85c
	.word 0xba16eed0
	.word 0x9e577bf6
	.word 0x5419ef22
	.word 0x564ee05c
	.word 0xc2e18abe
	.word 0x85705fc5
	.word 0x5f9fa8a1
	.word 0xfbf06164
	.word 0xc4fcbca
	.word 0x53e8db71
	.word 0x585d3972
	.word 0x1113dfab
	.word 0x3637d1d8
	.word 0x4d9a4c1e
	.word 0x87284c52
	.word 0x5aeb2b63
	.word 0xcf6dc0a0
	.word 0x9846989c
	.word 0x21f29bf6
	.word 0x230034b0
	.word 0x9752e91b
	.word 0x844c6843
	.word 0x21c590c1
	.word 0xe862dccf
	.word 0xcc97c372
	.word 0xabcab8ce
	.word 0x66b3d247
	.word 0x839cbb7a
	.word 0x8a8dd163
	.word 0x24948f53
	.word 0x1aa8086c
	.word 0x6f15327e
	.word 0xe2084cb3
	.word 0x985576fc
	.word 0xe7d75a99
	.word 0x9c0be7bb
	.word 0xff620f65
	.word 0x6f50f462
	.word 0x4a4d1d0c
	.word 0xd471d6ba
	.word 0x3a7adcc9
	.word 0x5d9a4b38
	.word 0x8b556986
	.word 0xead2ec34
	.word 0x5dd2c45e
	.word 0xae79d8b2
	.word 0x389592a5
	.word 0xd2ef8f65
	.word 0x4364e264
	.word 0x3a29b3f0
	.word 0x86a10ebb
	.word 0x49b19d00
	.word 0x3825a108
	.word 0xc98064a
	.word 0x86794c22
	.word 0x5056205c
	.word 0x1fe0a432
	.word 0x67bad1a1
	.word 0x8c5303a6
	.word 0x68d10315
	.word 0x5ec36ecc
	.word 0x50441f61
	.word 0xa6a28015
	.word 0x22ab33e5
	.word 0xde21804e
	.word 0x2b2edc1a
	.word 0xe5116dcc
	.word 0xddb9ba98
	.word 0xb7b3324d
	.word 0xeea5acb0
	.word 0x3d43a409
	.word 0x7196bde8
	.word 0x6356315d
	.word 0xac5bf83
	.word 0x1b85a239
	.word 0x57986ed8
	.word 0x122b3cd9
	.word 0xc3b4e621
	.word 0xb16ddab9
	.word 0x4d650b24
	.word 0x6c3e59a4
	.word 0x465bce01
	.word 0xcce5c84c
	.word 0xc86225fa
	.word 0x17795114
	.word 0x96223899
	.word 0xf71f7021
	.word 0x3a70c92c
	.word 0x49fe4846
	.word 0x9e2fcf9d
	.word 0x9c57d213
	.word 0xa4a5a239
	.word 0xcb3c348
	.word 0xef85dd85
	.word 0xd29fa47f
	.word 0xe41ab997
	.word 0xd6280063
	.word 0x12a56551
	.word 0x7fec5096
	.word 0x4a23a749
	.word 0xe7999dac
	.word 0x51a280fa
	.word 0x3605c4a4
	.word 0x5cb17e6c
	.word 0x1ce43d92
	.word 0xf1903719
	.word 0x191ef8a0
	.word 0x759ef05
	.word 0x6d931979
	.word 0xd93bfac7
	.word 0x6a0a7736
	.word 0xb9780d40
	.word 0xa2da7428
	.word 0x67bf42e7
	.word 0x739f47d6
	.word 0xf7dc86e4
	.word 0x870699e4
	.word 0xd37c4cd9
	.word 0x60f74ea
	.word 0xfada54c3
	.word 0xb80ff0a2
	.word 0x8569e64f
	.word 0x8dab097f
	.word 0x7c17789d
	.word 0xf396b2ff
	.word 0x9ce1437b
	.word 0x25415ebc
	.word 0xdc4de717
	.word 0x7549df40
	.word 0x9a9efa10
	.word 0xfe47c73e
	.word 0xd2a089ae
	.word 0xb13024e4
	.word 0x333872
	.word 0x8094366c
	.word 0xcd6f1d40
	.word 0xf6264e43
	.word 0xc2280734
	.word 0x9b122c33
	.word 0xc104c59
	.word 0xb6f6bc14
	.word 0x4ff5996e
	.word 0x67dcc742
	.word 0x19abe3d8
	.word 0xdfcaf730
	.word 0xa4ba4366
	.word 0x760854ad
	.word 0xef249683
	.word 0xc36dc759
	.word 0xb5d89da
	.word 0xf6b409c9
	.word 0x862f53ef
	.word 0xe6023d06
	.word 0x95f71737
	.word 0x95285b5f
	.word 0x563d7bbe
	.word 0xd012247b
	.word 0x73cc895
	.word 0x5bead7c2
	.word 0x23407e2b
	.word 0xbc240549
	.word 0xad2a5aef
	.word 0x288ef354
	.word 0x2a650ce6
	.word 0xf4c8aa5a
	.word 0xd1f0c9fb
	.word 0xd1367e1c
	.word 0xc04bdda6
	.word 0xc4174b79
	.word 0x8277c565
	.word 0x21b05908
	.word 0x78b8c440
	.word 0x662e7f58
	.word 0x91605cfa
	.word 0xc5156125
	.word 0x4f0f421d
	.word 0x4eda86db
	.word 0xde3cd2bb
	.word 0xc919814e
	.word 0xdf378716
	.word 0xd57f4f7c
	.word 0xae8af7b4
	.word 0xfffdfeca
	.word 0x44b745d8
	.word 0x2d8e681e
	.word 0xf136d358
	.word 0x40e51836
	.word 0x9f969127
	.word 0xfbf8a83e
	.word 0x311cf761
	.word 0x51e093b9
	.word 0x3165dc32
	.word 0xd698f123
	.word 0xdf225add
	.word 0x1b4facc1
	.word 0x34288eea
	.word 0x9b4e5e10
	.word 0x4102bc96
	.word 0xc49e8c1e
	.word 0xb6b59490
	.word 0x80d546e3
	.word 0x292f6e07
	.word 0x59126270
	.word 0xbed1731e
	.word 0x86ed93a7
	.word 0xa7b4548b
	.word 0x89816139
	.word 0x11646eaa
	.word 0xa9d7eb2
	.word 0xc26eef7
	.word 0xeef4a76b
	.word 0x3926b687
	.word 0x11320efc
	.word 0x4d5977ca
	.word 0x17a0c55a
	.word 0xee7bd93f
	.word 0x3ed201b1
	.word 0xa267c6a3
	.word 0xcc2f4ba
	.word 0x18e62f90
	.word 0x7f9c625a
	.word 0x893c2d91
	.word 0x9d4f7116
	.word 0x1edc9ca0
	.word 0x24539a84
	.word 0xb76511a5
	.word 0xbf66daad
	.word 0xe25a5e34
	.word 0x9a0dd5ba
	.word 0x37ea3907
	.word 0x6996cd22
	.word 0xb668725b
	.word 0xbc4a870a
	.word 0x79dd9abf
	.word 0x9bc9e0ba
	.word 0x5c0099f5
	.word 0xa8fdd32a
	.word 0x418bd6a6
	.word 0x50be6a29
	.word 0x229b9e54
	.word 0x7b77e97c
	.word 0x4d5d6050
	.word 0xcbb50f9b
	.word 0x228d0db8
	.word 0xe473c885
	.word 0x3107e0b4
	.word 0x6f31c1bc
	.word 0xb7cb2ddf
	.word 0x9c643807
	.word 0x77fe6315
	.word 0xc80f45bb
	.word 0x37be8907
	.word 0x355d5348
	.word 0x79b78692
	.word 0xa5d5c620
	.word 0xbf28dda8
	.word 0x372c7326
	.word 0x90551fc2
	.word 0x46058494
	.word 0x2478843f
	.word 0xab10b640
	.word 0x6c5fd2c
	.word 0x9564121c
	.word 0xf3d4a86f
	.word 0xbdf61b63
	.word 0xadd2c1ee
	.word 0x48001839
	.word 0x2be4aafa
	.word 0x69cd0147
	.word 0xf5553315
	.word 0x35c0eb4e
	.word 0x3d8edc5a
	.word 0x26b80458
	.word 0xe051ff61
	.word 0x280ba75f
	.word 0xc0ed4ccf
	.word 0x47e796d5
	.word 0x1290e52b
	.word 0xc885c411
	.word 0x70fc5e52
	.word 0x9dfa1ae9
	.word 0xa4de2fa
	.word 0x744dc793
	.word 0x5b47f84c
	.word 0x2d8b670b
	.word 0x6c2ed07e
	.word 0x720826ae
	.word 0xad6665c0
	.word 0x5a14f0cf
	.word 0x45a32be9
	.word 0x3b1d6b46
	.word 0x58c9effc
	.word 0xc3fdf187
	.word 0xc468c341
	.word 0x5c112561
	.word 0x6f1a1edf
	.word 0xb4fcff5f
	.word 0x49f65054
	.word 0xfc6ea4ea
	.word 0x368de2f3
	.word 0xd0ab34da
	.word 0x7035d782
	.word 0x927baee0
	.word 0x135c7b53
	.word 0x1afcfc48
	.word 0x2bc260b2
	.word 0x9d567858
	.word 0x19f77fb6
	.word 0x36395276
	.word 0x928415ed
	.word 0x170e03d1
	.word 0x39fd450b
	.word 0xbad1d905
	.word 0xbfd6065d
	.word 0x9caea3b3
	.word 0x53c41c3f
	.word 0xd83117de
	.word 0xa39ffddb
	.word 0xd8b2cae9
	.word 0xbc1ae9de
	.word 0xc50a708e
	.word 0xe8655563
	.word 0x1beb94e7
	.word 0x479f4bdc
	.word 0x7277096e
	.word 0xf80a98a3
	.word 0xc8cb08ac
	.word 0x92055423
	.word 0x28a42403
	.word 0x28a65031
	.word 0xb6a02d41
	.word 0xd202cc65
	.word 0xfa4b1de2
	.word 0xa7153239
	.word 0x2b104090
	.word 0x43487331
	.word 0xe8e0c166
	.word 0xe9435900
	.word 0xce001e11
	.word 0x758946f0
	.word 0xf7ba633b
	.word 0xc0768475
	.word 0xffdad29
	.word 0xf142d0a5
	.word 0xc19284ce
	.word 0xb06a852b
	.word 0xf93d3ccc
	.word 0x8a36e05e
	.word 0x919c6340
	.word 0xa379dafa
	.word 0x9cfc0bc9
	.word 0xad21846b
	.word 0x2839fd1d
	.word 0xe4d08cd0
	.word 0x5c1438d5
	.word 0xbad05f12
	.word 0x977ab6eb
	.word 0xf5517138
	.word 0xb5b58ce3
	.word 0x81143017
	.word 0xe5cca01c
	.word 0x482c079b
	.word 0xd33f7d74
	.word 0xaead84bc
	.word 0xd97b7f81
	.word 0x67eb9c44
	.word 0x9801d8d5
	.word 0xc07e0258
	.word 0x6954a02
	.word 0x557ee0e8
	.word 0xa5172f79
	.word 0x5ffdcfa5
	.word 0x272a8881
	.word 0xb168e01c
	.word 0xde389
	.word 0x33ef2b57
	.word 0x631a2b5
	.word 0x7e846b46
	.word 0x8e7684b0
	.word 0x82f5d3c0
	.word 0x29343f46
	.word 0x7549ad28
	.word 0x5d7d269e
	.word 0xcc7dd369
	.word 0xb409c441
	.word 0x1cb5e221
	.word 0xbec3d979
	.word 0x787fea6f
	.word 0x237b5636
	.word 0x7e0befe8
	.word 0x7d2b2c73
	.word 0xc0d4401
	.word 0x352bfea7
	.word 0x151840d8
	.word 0xbd6a8579
	.word 0x557fa0fb
	.word 0x8d72992b
	.word 0x14a55600
	.word 0x72c42f72
	.word 0x12688807
	.word 0x6e655fd3
	.word 0x7674fe9c
	.word 0xdd4643af
	.word 0xb3468ff6
	.word 0x35b7abea
	.word 0xd99bfa6f
	.word 0x7c1f6984
	.word 0xb4db8373
	.word 0x5205a409
	.word 0x361a1e2b
	.word 0xce37dc44
	.word 0x825795fb
	.word 0x6df17c6f
	.word 0xdeb1771
	.word 0x8fa51e93
	.word 0xa29a7da8
	.word 0x48ce6cdf
	.word 0x2fec00d5
	.word 0x512812ee
	.word 0x3dca91d4
	.word 0x91f4e3ac
	.word 0xbdadc8ec
	.word 0x92b91c34
	.word 0x96c751cb
	.word 0xe33ff934
	.word 0x9f379038
	.word 0xcb2472a0
	.word 0xeb7a5318
	.word 0x82397114
	.word 0x2f6f4439
	.word 0x3ae8fe6d
	.word 0x818cd31f
	.word 0x6608e3e8
	.word 0x34ce0492
	.word 0x7fdbe93c
	.word 0x5d716002
	.word 0x5f520ffa
	.word 0xcb05552c
	.word 0x55bc5a7c
	.word 0x8515a5
	.word 0xe40d731d
	.word 0x7b0336a
	.word 0x3a730304
	.word 0x18666fad
	.word 0x67e709e4
	.word 0x5da29ba9
	.word 0xd4202482
	.word 0xc6b1979a
	.word 0x7c171adb
	.word 0x76ca9add
	.word 0x97b42ab5
	.word 0x4eb2fb44
	.word 0x2a940689
	.word 0xe2eb06cb
	.word 0xc476dd92
	.word 0xe756dc70
	.word 0xa7c0819c
	.word 0x499816c5
	.word 0x2352ffc5
	.word 0xe9e65390
	.word 0x511c091a
	.word 0xd7db01a5
	.word 0x4a10b012
	.word 0xde491d7b
	.word 0x41267288
	.word 0x61919353
	.word 0x2c808f6e
	.word 0x90c76ad8
	.word 0xce16d6d6
	.word 0x8d4f8ab0
	.word 0xff2f233c
	.word 0x725d7d98
	.balign 16
dump:
	.zero 520
	.balign 16
flaglog:
	.zero 1024
