	.option rvc
	.text
	.globl _start
_start:
	la x31, scratch
	mv x2, x31
	la x30, ivals
	ld x1, 56(x30)
	ld x3, 184(x30)
	ld x4, 128(x30)
	ld x5, 72(x30)
	ld x6, 152(x30)
	ld x7, 72(x30)
	ld x8, 24(x30)
	ld x9, 112(x30)
	ld x10, 88(x30)
	ld x11, 104(x30)
	ld x12, 64(x30)
	ld x13, 8(x30)
	ld x14, 88(x30)
	ld x15, 192(x30)
	ld x16, 80(x30)
	ld x17, 0(x30)
	ld x18, 160(x30)
	ld x19, 80(x30)
	ld x20, 208(x30)
	ld x21, 96(x30)
	ld x22, 152(x30)
	ld x23, 192(x30)
	ld x24, 16(x30)
	ld x25, 112(x30)
	ld x26, 152(x30)
	ld x27, 184(x30)
	ld x28, 104(x30)
	ld x29, 112(x30)
	ld x30, 96(x30)
	la x30, dvals
	fld f0, 320(x30)
	fld f1, 168(x30)
	fld f2, 216(x30)
	fld f3, 232(x30)
	fld f4, 160(x30)
	fld f5, 48(x30)
	flw f6, 356(x30)
	fld f7, 56(x30)
	flw f8, 384(x30)
	flw f9, 280(x30)
	fld f10, 24(x30)
	fld f11, 216(x30)
	fld f12, 96(x30)
	fld f13, 88(x30)
	fld f14, 48(x30)
	fld f15, 24(x30)
	fld f16, 192(x30)
	flw f17, 288(x30)
	fld f18, 248(x30)
	fld f19, 176(x30)
	flw f20, 384(x30)
	fld f21, 32(x30)
	flw f22, 356(x30)
	flw f23, 344(x30)
	fld f24, 56(x30)
	fld f25, 8(x30)
	fld f26, 264(x30)
	fld f27, 184(x30)
	fld f28, 88(x30)
	flw f29, 292(x30)
	fld f30, 292(x30)
	fld f31, 8(x30)
	or x28, x3, x25
	fnmadd.d f20, f8, f12, f1, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 0(x30)
	sll x12, x29, x12
	addi x30, x31, 720
	amomaxu.w.aq x25, x28, (x30)
	la x30, dvals
	flw f20, 616(x30)
	fmin.s f12, f10, f20
	fsflags x29, x0
	la x30, flaglog
	sb x29, 1(x30)
	addw x18, x4, x27
	la x30, dvals
	flw f9, 348(x30)
	fclass.s x28, f9
	c.mv x12, x21
	c.add x24, x12
	la x30, dvals
	fld f31, 16(x30)
	la x30, dvals
	fld f15, 136(x30)
	fle.d x13, f31, f15
	fsflags x29, x0
	la x30, flaglog
	sb x29, 2(x30)
	addiw x11, x4, -2048
	la x30, dvals
	flw f26, 664(x30)
	la x30, dvals
	flw f14, 376(x30)
	fadd.s f20, f26, f14, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 3(x30)
	add x11, x24, x28
	c.addi4spn x15, sp, 712
	slli x7, x19, 0
	srliw x28, x19, 31
	bltu x15, x11, 1f
	srl x23, x13, x12
1:
	c.nop
	la x30, 1f
	jalr x8, 0(x30)
	sub x7, x12, x13
1:
	sltiu x12, x18, -1
	lbu x3, 572(x31)
	subw x15, x25, x24
	addi x30, x31, 1416
	lr.d.aqrl x8, (x30)
	sc.d.aqrl x18, x7, (x30)
	fsub.d f12, f19, f17, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 4(x30)
	sraw x18, x27, x18
	addw x19, x13, x26
	c.srai x15, 16
	c.andi x10, 5
	la x30, dvals
	fld f19, 152(x30)
	fcvt.wu.d x22, f19, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 5(x30)
	rem x6, x27, x18
	lwu x11, 1832(x31)
	mv x8, x31
	c.fld f11, 104(x8)
	add x24, x13, x18
	sltu x6, x27, x15
	c.addi4spn x9, sp, 940
	c.addi16sp sp, 48
	c.sdsp x1, 48(sp)
	mv sp, x31
	la x30, dvals
	fld f29, 56(x30)
	fdiv.d f7, f29, f0, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 6(x30)
	addiw x8, x14, -2048
	la x30, dvals
	fld f26, 512(x30)
	la x30, dvals
	fld f1, 544(x30)
	fmul.d f19, f26, f1, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 7(x30)
	addi x30, x31, 1184
	lr.d.rl x25, (x30)
	sll x3, x1, x25
	addi x30, x30, 8
	sc.d.rl x25, x20, (x30)
	sd x20, 1184(x31)
	mulhsu x29, x13, x12
	la x30, dvals
	fld f12, 120(x30)
	fadd.d f23, f12, f21, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 8(x30)
	c.j 1f
	sltu x6, x26, x0
1:
	lbu x13, 993(x2)
	la x30, dvals
	fld f28, 432(x30)
	la x30, dvals
	fld f3, 496(x30)
	la x30, dvals
	fld f8, 88(x30)
	fmsub.d f6, f28, f3, f8, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 9(x30)
	srai x9, x23, 31
	sraiw x3, x6, 1
	srai x11, x11, 1
	sraiw x4, x0, 1
	srai x17, x7, 33
	srliw x4, x24, 0
	auipc x3, 510978
	or x0, x10, x15
	remw x0, x24, x15
	la x30, dvals
	fld f1, 184(x30)
	la x30, dvals
	fld f13, 488(x30)
	la x30, dvals
	fld f2, 432(x30)
	fnmsub.d f26, f1, f13, f2, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 10(x30)
	and x8, x8, x13
	la x30, dvals
	flw f3, 660(x30)
	la x30, dvals
	flw f11, 604(x30)
	fsub.s f20, f3, f11, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 11(x30)
	slti x23, x19, 1
	sltiu x3, x12, -1681
	la x30, dvals
	flw f0, 356(x30)
	la x30, dvals
	flw f19, 608(x30)
	la x30, dvals
	flw f1, 608(x30)
	fmadd.s f14, f0, f19, f1, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 12(x30)
	ori x7, x13, -2
	fmv.x.d x3, f29
	la x30, dvals
	flw f31, 608(x30)
	la x30, dvals
	flw f12, 364(x30)
	fmax.s f24, f31, f12
	fsflags x29, x0
	la x30, flaglog
	sb x29, 13(x30)
	mul x9, x17, x15
	lh x12, 1521(x2)
	bgeu x0, x3, 1f
	slt x12, x1, x6
1:
	la x30, dvals
	flw f8, 356(x30)
	fmul.s f13, f8, f14, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 14(x30)
	lh x29, 1682(x31)
	sll x23, x17, x18
	lbu x21, 931(x2)
	sd x12, 1256(x31)
	rem x22, x3, x16
	xori x15, x22, 32
	c.li x17, 7
	c.lui x17, 30
	fcvt.wu.d x16, f16, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 15(x30)
	blt x22, x26, 1f
	and x5, x9, x21
	srlw x11, x22, x11
1:
	bgeu x15, x13, 1f
	srl x11, x23, x12
1:
	add x4, x17, x3
	srai x26, x27, 32
	srliw x4, x20, 0
	divu x4, x12, x15
	sub x17, x26, x26
	divuw x15, x14, x13
	la x30, dvals
	flw f27, 636(x30)
	fle.s x24, f5, f27
	fsflags x29, x0
	la x30, flaglog
	sb x29, 16(x30)
	ld x5, 40(x31)
	mulw x28, x14, x19
	la x30, dvals
	fld f18, 256(x30)
	fsub.d f6, f1, f18, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 17(x30)
	mulw x3, x5, x8
	slti x28, x20, 63
	la x30, dvals
	flw f18, 640(x30)
	fmax.s f24, f5, f18
	fsflags x29, x0
	la x30, flaglog
	sb x29, 18(x30)
	beq x19, x28, 1f
	sub x26, x9, x6
1:
	sub x0, x1, x21
	rem x5, x22, x0
	lwu x11, 1992(x2)
	la x30, dvals
	fld f28, 72(x30)
	fmul.d f6, f1, f28, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 19(x30)
	csrrwi x15, frm, 4
	addi x30, x31, 240
	lr.w x25, (x30)
	xor x9, x9, x15
	sc.w x3, x24, (x30)
	la x30, dvals
	fld f26, 520(x30)
	fsqrt.d f23, f26, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 20(x30)
	c.mv x8, x16
	c.add x11, x8
	div x24, x0, x12
	la x30, dvals
	flw f22, 604(x30)
	fclass.s x25, f22
	c.nop
	ld x15, 912(x31)
	srli x1, x15, 33
	sraiw x16, x26, 0
	beq x8, x24, 1f
	sltu x8, x8, x21
	slt x6, x28, x14
1:
	bgeu x21, x21, 1f
	slt x28, x21, x26
1:
	la x30, dvals
	flw f20, 676(x30)
	fnmsub.s f3, f5, f11, f20, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 21(x30)
	remw x4, x8, x15
	addw x25, x0, x27
	addw x14, x10, x14
	xor x16, x22, x14
	fclass.d x9, f4
	andi x27, x1, -1
	c.j 1f
	sll x17, x6, x17
1:
	sra x12, x27, x25
	c.nop
	la x30, dvals
	flw f12, 328(x30)
	fsub.s f0, f31, f12, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 22(x30)
	addiw x1, x28, 31
	slli x9, x12, 0
	srliw x17, x6, 0
	addw x12, x16, x21
	addw x13, x13, x10
	la x30, dvals
	flw f2, 616(x30)
	la x30, dvals
	flw f31, 332(x30)
	la x30, dvals
	flw f15, 372(x30)
	fnmadd.s f25, f2, f31, f15, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 23(x30)
	fsw f7, 524(x31)
	lbu x28, 1173(x2)
	slti x13, x9, -2048
	div x11, x14, x22
	la x30, dvals
	flw f5, 324(x30)
	fcvt.d.s f0, f5
	fsflags x29, x0
	la x30, flaglog
	sb x29, 24(x30)
	sw x24, 1012(x31)
	sll x11, x0, x28
	subw x3, x16, x4
	jal x16, 1f
	sra x18, x20, x3
1:
	rem x27, x15, x25
	la x30, dvals
	fld f5, 8(x30)
	fle.d x1, f5, f22
	addi x30, x31, 1944
	amomaxu.d.aqrl x6, x22, (x30)
	fsqrt.s f30, f12, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 25(x30)
	fmv.d.x f28, x12
	beq x14, x7, 1f
	sllw x20, x10, x10
1:
	la x30, dvals
	flw f11, 684(x30)
	fnmsub.s f12, f6, f11, f31, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 26(x30)
	la x30, dvals
	fld f12, 568(x30)
	fmin.d f4, f10, f12
	fsflags x29, x0
	la x30, flaglog
	sb x29, 27(x30)
	srai x4, x14, 1
	sraiw x7, x17, 20
	addi x11, x9, 0
	addi x7, x6, 1
	la x30, dvals
	flw f29, 280(x30)
	la x30, dvals
	flw f14, 660(x30)
	fnmadd.s f15, f14, f29, f14, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 28(x30)
	bne x15, x19, 1f
	sraw x15, x24, x0
1:
	lw x11, 1280(x2)
	la x30, dvals
	flw f14, 616(x30)
	la x30, dvals
	flw f26, 384(x30)
	fdiv.s f19, f14, f26, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 29(x30)
	and x25, x18, x22
	la x30, dvals
	fld f11, 576(x30)
	la x30, dvals
	fld f13, 56(x30)
	fsgnjx.d f26, f11, f13
	bge x1, x20, 1f
	slt x23, x29, x21
1:
	mv x14, x31
	c.fld f15, 64(x14)
	sb x8, 1128(x31)
	la x30, dvals
	flw f27, 616(x30)
	fmul.s f12, f10, f27, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 30(x30)
	xor x12, x0, x0
	la x30, dvals
	fld f19, 496(x30)
	fdiv.d f12, f19, f12, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 31(x30)
	la x30, dvals
	flw f16, 388(x30)
	fmul.s f9, f2, f16, rup
	la x30, 1f
	jalr x3, 0(x30)
	or x28, x21, x10
1:
	auipc x6, 524288
	addi x30, x31, 632
	amoor.d x12, x10, (x30)
	la x30, dvals
	fld f14, 576(x30)
	feq.d x28, f14, f2
	fsflags x29, x0
	la x30, flaglog
	sb x29, 32(x30)
	fcvt.lu.s x29, f24, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 33(x30)
	srli x0, x23, 33
	slliw x22, x7, 8
	c.addi16sp sp, 448
	c.sdsp x5, 160(sp)
	mv sp, x31
	la x30, dvals
	flw f8, 392(x30)
	fsqrt.s f23, f8, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 34(x30)
	la x30, dvals
	fld f21, 416(x30)
	la x30, dvals
	fld f13, 144(x30)
	la x30, dvals
	fld f15, 0(x30)
	fnmadd.d f23, f21, f13, f15, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 35(x30)
	c.addi4spn x13, sp, 952
	remu x17, x9, x18
	c.fsdsp f6, 264(sp)
	addi x30, x31, 80
	amomax.d x0, x29, (x30)
	sub x20, x22, x10
	sltiu x8, x12, 2047
	addi x11, x10, 31
	la x30, dvals
	fld f23, 408(x30)
	la x30, dvals
	fld f11, 560(x30)
	fadd.d f8, f23, f11, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 36(x30)
	sb x26, 1307(x31)
	c.addi x21, -32
	c.addiw x21, 31
	la x30, dvals
	fld f15, 240(x30)
	la x30, dvals
	fld f4, 544(x30)
	la x30, dvals
	fld f2, 48(x30)
	fnmsub.d f28, f15, f4, f2, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 37(x30)
	divuw x27, x16, x17
	mul x1, x15, x14
	sb x24, 512(x31)
	la x30, dvals
	fld f6, 456(x30)
	fadd.d f1, f6, f15, dyn
	sllw x10, x17, x24
	sb x14, 825(x31)
	xori x9, x20, 6
	lh x19, 1056(x2)
	sllw x11, x16, x10
	mul x15, x11, x14
	la x30, 1f
	c.jr x30
	sll x16, x4, x22
1:
	sll x23, x7, x15
	sh x14, 1772(x31)
	divuw x14, x10, x11
	fcvt.wu.d x1, f9, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 38(x30)
	bge x15, x23, 1f
	or x5, x26, x29
	add x4, x27, x28
1:
	la x30, dvals
	fld f16, 408(x30)
	la x30, dvals
	fld f22, 264(x30)
	fmadd.d f13, f16, f22, f26, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 39(x30)
	sra x6, x23, x8
	sw x6, 176(x31)
	xor x3, x21, x3
	la x30, dvals
	fld f18, 472(x30)
	fmul.d f20, f18, f1, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 40(x30)
	c.lwsp x1, 40(sp)
	c.ldsp x28, 128(sp)
	blt x0, x27, 1f
	sra x16, x19, x12
1:
	bgeu x14, x29, 1f
	sll x25, x0, x27
1:
	addw x10, x27, x25
	sb x17, 1738(x31)
	sllw x8, x3, x4
	mulhu x0, x14, x9
	c.bnez x8, 1f
	and x3, x9, x0
1:
	slti x22, x17, 2047
	c.sub x9, x9
	beq x15, x22, 1f
	addw x3, x6, x10
1:
	fmsub.d f31, f28, f18, f2, rne
	lhu x6, 562(x2)
	bgeu x3, x7, 1f
	subw x22, x20, x0
	slt x29, x19, x7
1:
	sw x6, 404(x31)
	slt x28, x20, x17
	la x30, dvals
	fld f17, 544(x30)
	fnmsub.d f0, f5, f17, f5, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 41(x30)
	srai x8, x10, 1
	sraiw x19, x5, 1
	addi x30, x31, 1288
	lr.d.rl x28, (x30)
	and x1, x11, x13
	addi x30, x30, 8
	sc.d.rl x24, x21, (x30)
	ori x19, x28, -2
	la x30, dvals
	fld f6, 8(x30)
	fle.d x19, f18, f6
	fsflags x29, x0
	la x30, flaglog
	sb x29, 42(x30)
	andi x25, x7, 32
	la x30, dvals
	flw f19, 632(x30)
	feq.s x21, f19, f0
	fsflags x29, x0
	la x30, flaglog
	sb x29, 43(x30)
	and x24, x21, x13
	la x30, dvals
	flw f27, 620(x30)
	fmul.s f13, f27, f26, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 44(x30)
	la x30, dvals
	fld f22, 64(x30)
	la x30, dvals
	fld f21, 248(x30)
	fmul.d f8, f22, f21, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 45(x30)
	la x30, dvals
	fld f10, 208(x30)
	la x30, dvals
	fld f21, 248(x30)
	fsub.d f1, f10, f21, dyn
	la x30, dvals
	fld f29, 128(x30)
	fsqrt.d f3, f29, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 46(x30)
	la x30, dvals
	fld f15, 248(x30)
	la x30, dvals
	fld f29, 536(x30)
	fmadd.d f31, f15, f3, f29, rdn
	la x30, dvals
	fld f4, 64(x30)
	la x30, dvals
	fld f20, 200(x30)
	fdiv.d f6, f4, f20, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 47(x30)
	add x26, x16, x6
	la x30, dvals
	fld f16, 432(x30)
	la x30, dvals
	fld f0, 520(x30)
	la x30, dvals
	fld f22, 512(x30)
	fmsub.d f1, f16, f0, f22, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 48(x30)
	addi x30, x31, 1888
	lr.d.aqrl x13, (x30)
	srlw x5, x22, x7
	sc.d.aqrl x21, x24, (x30)
	c.nop
	xori x5, x23, 1
	fadd.s f27, f5, f15, rtz
	sd x21, 32(x31)
	la x30, dvals
	flw f20, 320(x30)
	fsqrt.s f6, f20, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 49(x30)
	la x30, dvals
	flw f24, 652(x30)
	fmin.s f5, f24, f16
	fsflags x29, x0
	la x30, flaglog
	sb x29, 50(x30)
	la x30, dvals
	flw f9, 604(x30)
	la x30, dvals
	flw f20, 640(x30)
	fmin.s f30, f9, f20
	fsflags x29, x0
	la x30, flaglog
	sb x29, 51(x30)
	sh x6, 1644(x31)
	addi x13, x27, 0
	slt x23, x14, x8
	c.addi x29, -32
	c.addiw x29, 0
	srli x19, x13, 10
	slliw x21, x8, 1
	remuw x25, x27, x3
	la x30, 1f
	c.jr x30
	subw x26, x6, x1
1:
	slti x23, x3, -1
	divuw x9, x14, x11
	la x30, dvals
	flw f26, 608(x30)
	fclass.s x17, f26
	mulw x19, x16, x11
	la x30, dvals
	flw f0, 312(x30)
	la x30, dvals
	flw f20, 660(x30)
	fnmadd.s f27, f0, f16, f20, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 52(x30)
	auipc x19, 1048575
	la x30, dvals
	flw f3, 288(x30)
	la x30, dvals
	flw f2, 312(x30)
	la x30, dvals
	flw f27, 372(x30)
	fnmsub.s f14, f3, f2, f27, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 53(x30)
	fcvt.s.d f5, f22, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 54(x30)
	srai x7, x28, 56
	sraiw x28, x25, 0
	fcvt.wu.s x20, f13, rtz
	c.li x6, 0
	c.lui x6, 23
	c.addi4spn x8, sp, 564
	auipc x19, 524287
	c.lwsp x17, 240(sp)
	c.ldsp x15, 192(sp)
	addw x6, x10, x21
	ld x5, 56(x2)
	fcvt.d.wu f4, x26
	fsflags x29, x0
	la x30, flaglog
	sb x29, 55(x30)
	addi x30, x31, 0
	amoand.d.aqrl x3, x0, (x30)
	bge x7, x26, 1f
	sltu x0, x8, x10
	sllw x0, x16, x1
1:
	divu x7, x23, x22
	addw x25, x5, x26
	srli x3, x21, 1
	slliw x17, x17, 19
	la x30, dvals
	flw f30, 304(x30)
	fdiv.s f26, f30, f30, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 56(x30)
	mulw x17, x20, x1
	la x30, dvals
	flw f17, 676(x30)
	fclass.s x14, f17
	mulhsu x6, x4, x19
	sltiu x16, x11, 32
	slli x19, x23, 1
	srliw x12, x8, 1
	lhu x23, 20(x31)
	sll x14, x4, x0
	addw x24, x1, x3
	fsqrt.s f3, f1, rtz
	bne x20, x23, 1f
	sub x9, x16, x6
	xor x6, x9, x20
1:
	la x30, dvals
	flw f9, 648(x30)
	fcvt.lu.s x5, f9, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 57(x30)
	la x30, dvals
	flw f19, 284(x30)
	la x30, dvals
	flw f5, 660(x30)
	fadd.s f31, f19, f5, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 58(x30)
	ld x12, 1192(x2)
	lbu x25, 1274(x31)
	mulhu x16, x8, x25
	sw x20, 1524(x31)
	addi x30, x31, 2016
	amomax.w.rl x24, x0, (x30)
	mulhsu x11, x5, x18
	fcvt.s.lu f31, x19, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 59(x30)
	la x30, 1f
	c.jalr x30
	sll x22, x14, x15
1:
	bltu x29, x1, 1f
	slt x9, x13, x11
	sraw x0, x28, x4
1:
	fsqrt.s f24, f15, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 60(x30)
	mv x14, x31
	c.sw x9, 56(x14)
	remuw x15, x8, x7
	addi x30, x31, 1552
	amoand.d.aq x3, x23, (x30)
	sraw x10, x12, x9
	srl x13, x0, x10
	c.fldsp f5, 288(sp)
	xori x16, x8, 63
	jal x28, 1f
	addw x28, x21, x3
1:
	sh x10, 847(x31)
	addi x30, x31, 1848
	lr.w.aqrl x18, (x30)
	sc.w.aqrl x24, x12, (x30)
	sc.w x11, x0, (x30)
	la x30, dvals
	flw f11, 308(x30)
	fsqrt.s f12, f11, rtz
	remw x29, x9, x19
	srli x29, x1, 25
	sraiw x4, x1, 0
	sraw x20, x5, x6
	mv x15, x31
	c.fld f12, 248(x15)
	la x30, dvals
	fld f22, 96(x30)
	la x30, dvals
	fld f29, 192(x30)
	fmsub.d f28, f22, f19, f29, rne
	la x30, dvals
	fld f2, 456(x30)
	fsub.d f22, f17, f2, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 61(x30)
	lh x7, 1274(x2)
	addi x21, x0, -2048
	auipc x18, 524288
	fcvt.lu.s x24, f3, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 62(x30)
	sltiu x4, x24, -1
	beq x12, x12, 1f
	sraw x18, x21, x16
	sll x3, x19, x26
1:
	ori x5, x28, -2
	la x30, dvals
	flw f19, 624(x30)
	la x30, dvals
	flw f21, 308(x30)
	la x30, dvals
	flw f31, 304(x30)
	fnmadd.s f21, f19, f21, f31, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 63(x30)
	sh x22, 370(x31)
	la x30, 1f
	jalr x3, 0(x30)
	add x7, x21, x11
1:
	mv x12, x31
	c.ld x11, 48(x12)
	mulhsu x6, x14, x22
	sh x15, 150(x31)
	divuw x17, x12, x28
	slli x20, x28, 1
	slliw x7, x9, 31
	bge x24, x4, 1f
	or x22, x14, x3
1:
	bne x12, x18, 1f
	or x20, x8, x25
1:
	c.xor x8, x13
	fcvt.l.s x23, f26, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 64(x30)
	mv x15, x31
	c.ld x13, 200(x15)
	bltu x18, x5, 1f
	srl x6, x15, x9
1:
	la x30, dvals
	flw f11, 320(x30)
	la x30, dvals
	flw f24, 668(x30)
	fsgnjn.s f15, f11, f24
	fsflags x29, x0
	la x30, flaglog
	sb x29, 65(x30)
	srai x21, x23, 33
	srliw x5, x27, 1
	sltu x19, x17, x15
	lh x13, 1960(x31)
	divw x8, x9, x0
	slli x28, x16, 1
	sraiw x15, x11, 1
	csrrwi x10, frm, 3
	srai x5, x5, 32
	srliw x7, x26, 5
	la x30, dvals
	flw f29, 628(x30)
	fmul.s f22, f13, f29, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 66(x30)
	bgeu x9, x14, 1f
	addw x8, x15, x6
	srl x23, x16, x18
1:
	c.li x15, 17
	c.lui x15, 8
	c.addi16sp sp, 288
	c.sdsp x25, 112(sp)
	mv sp, x31
	xori x1, x29, 63
	addi x17, x28, 64
	add x29, x29, x7
	la x30, dvals
	fld f2, 576(x30)
	fdiv.d f27, f2, f31, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 67(x30)
	sltiu x26, x11, 2047
	lw x3, 705(x31)
	sllw x14, x4, x29
	subw x13, x12, x4
	frcsr x3
	lbu x4, 688(x31)
	c.addi x13, 5
	c.addiw x13, -32
	lui x21, 1
	bltu x22, x27, 1f
	subw x13, x23, x4
1:
	rem x29, x24, x7
	la x30, dvals
	flw f26, 360(x30)
	fmul.s f11, f17, f26, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 68(x30)
	sltu x6, x14, x8
	fclass.s x12, f2
	la x30, dvals
	flw f31, 316(x30)
	la x30, dvals
	flw f13, 600(x30)
	fmadd.s f29, f31, f13, f7, dyn
	addi x30, x31, 80
	amoadd.w.rl x20, x7, (x30)
	sllw x14, x15, x20
	c.bnez x11, 1f
	or x8, x20, x11
1:
	subw x19, x29, x24
	sub x1, x24, x0
	blt x8, x9, 1f
	add x25, x3, x13
	and x7, x22, x19
1:
	la x30, dvals
	flw f4, 612(x30)
	fsqrt.s f24, f4, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 69(x30)
	ori x17, x29, 2047
	srli x21, x11, 32
	sraiw x21, x9, 31
	addi x30, x31, 1104
	amomax.w x23, x5, (x30)
	la x30, dvals
	flw f4, 652(x30)
	la x30, dvals
	flw f30, 616(x30)
	fnmadd.s f4, f4, f19, f30, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 70(x30)
	sllw x15, x22, x23
	la x30, dvals
	flw f23, 352(x30)
	fmsub.s f1, f11, f23, f9, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 71(x30)
	or x14, x29, x5
	c.mv x28, x11
	c.add x29, x28
	mulhsu x5, x28, x23
	and x19, x25, x15
	jal x22, 1f
	addw x1, x18, x21
1:
	jal x19, 1f
	subw x3, x8, x5
1:
	lw x22, 936(x2)
	ori x10, x19, 64
	slli x29, x15, 0
	sraiw x9, x24, 31
	xor x11, x28, x8
	la x30, dvals
	fld f30, 488(x30)
	la x30, dvals
	fld f28, 96(x30)
	fmsub.d f13, f20, f30, f28, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 72(x30)
	c.subw x9, x8
	addi x30, x31, 744
	amomax.w.aq x12, x5, (x30)
	addi x30, x31, 1200
	lr.w.aq x16, (x30)
	addi x30, x30, 8
	sc.w.aq x12, x17, (x30)
	la x30, dvals
	flw f25, 620(x30)
	la x30, dvals
	flw f16, 364(x30)
	fmsub.s f15, f25, f16, f21, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 73(x30)
	la x30, dvals
	fld f22, 488(x30)
	fmin.d f2, f22, f4
	la x30, dvals
	flw f24, 676(x30)
	fsqrt.s f3, f24, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 74(x30)
	remu x13, x3, x4
	and x13, x28, x28
	or x24, x26, x8
	add x26, x18, x29
	srlw x28, x24, x12
	divu x19, x14, x10
	c.srli x11, 54
	c.andi x11, 3
	srlw x21, x17, x13
	mulh x18, x16, x26
	la x30, dvals
	flw f6, 384(x30)
	la x30, dvals
	flw f17, 624(x30)
	la x30, dvals
	flw f16, 668(x30)
	fmsub.s f20, f6, f17, f16, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 75(x30)
	addi x30, x31, 392
	lr.d.rl x28, (x30)
	sll x28, x24, x11
	sc.d.rl x10, x1, (x30)
	la x30, dvals
	flw f21, 304(x30)
	la x30, dvals
	flw f22, 372(x30)
	fdiv.s f28, f21, f22, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 76(x30)
	la x30, dvals
	flw f14, 596(x30)
	fsub.s f0, f22, f14, rmm
	xori x8, x10, -2
	la x30, dvals
	flw f15, 296(x30)
	la x30, dvals
	flw f24, 684(x30)
	fdiv.s f1, f15, f24, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 77(x30)
	la x30, dvals
	fld f31, 536(x30)
	fsgnjn.d f14, f3, f31
	fsflags x29, x0
	la x30, flaglog
	sb x29, 78(x30)
	andi x29, x23, 32
	bge x1, x20, 1f
	slt x5, x4, x7
	xor x23, x26, x15
1:
	bne x20, x29, 1f
	sub x13, x15, x6
1:
	xor x13, x26, x6
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
	.dword 0x4bd4d96ecfd75352
	.dword 0x921d300cb789ea42
	.dword 0xd2fc0b62219c37ea
	.dword 0x4b45af1a2a749969
	.dword 0x92655d6500f5d1a1
	.dword 0xe2f434e1e96cfc75
	.dword 0xaaae878431996fcb
	.dword 0x90603e9b61d1bd02
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
	.dword 0x3e7469ec8b5091d8
	.dword 0xc0282d5bd8ce0a4a
	.dword 0x406626aab10e6b7b
	.dword 0x3f01cc8ce9112984
	.dword 0xbed0d7c397e6845f
	.dword 0xc12a976e28c72edd
	.dword 0x4145e3dc02b89903
	.dword 0x41821858254881ec
	.dword 0x3e34f80145787a93
	.dword 0x3fbc41bbee0761ce
	.dword 0xbfa69c34c486f8f4
	.dword 0x4099fd951745e480
	.dword 0x80396ba579320383
	.dword 0x43ed9c5b7f51c898
	.dword 0x803b666a0c4b6d09
	.dword 0xffd4b34d8166ba4b
	.dword 0x803f0c67e0189096
	.dword 0x8320baaee77fdcc4
	.dword 0x43e4c1e12ef1cab5
	.dword 0x80377ce5f4a0ba08
	.dword 0x80345ed415098edb
	.dword 0xc3e474473fad8379
	.dword 0x41edcce44010f07c
	.dword 0x0015cfe1b2d0cab5
	.word 0xbcd8de2a
	.word 0xc3cb7e5e
	.word 0x44e7fc2a
	.word 0xc35cf77f
	.word 0xc4e74e65
	.word 0xb9ee1d7c
	.word 0x3fe6a0f5
	.word 0xba119f48
	.word 0xc3bab404
	.word 0x3e3a2801
	.word 0xbfc1eee2
	.word 0xc3c81f8c
	.word 0x80294d6e
	.word 0xdf4a1ecd
	.word 0xcb7519d4
	.word 0xfee4ceb7
	.word 0xdf5b22de
	.word 0xf674014
	.word 0xfefe1911
	.word 0xf033ab3
	.word 0x80bc933d
	.word 0xca3399
	.word 0xf64f8ea
	.word 0x811ef6c7
	.balign 16
scratch:
	.word 0xff85b1e4
	.word 0x7e9bb238
	.word 0x134a7c96
	.word 0xc7cacdba
	.word 0x51c59204
	.word 0x93291b06
	.word 0xb979e762
	.word 0x372950a8
	.word 0xbab798f6
	.word 0x7c86f862
	.word 0xd2d7dd47
	.word 0x69a16f8
	.word 0xcce3af9a
	.word 0x9b06d152
	.word 0x64ba8944
	.word 0x87d0622d
	.word 0xf9257b07
	.word 0x9ef3b485
	.word 0xe40f7634
	.word 0x53f79950
	.word 0xbb64eefe
	.word 0xf1dc89c3
	.word 0x7c7fef91
	.word 0xb03c65b7
	.word 0xadd9e5b2
	.word 0xbc924da5
	.word 0x51f471f6
	.word 0x26911c73
	.word 0xa6f0a17c
	.word 0xe9307a73
	.word 0x29b340cc
	.word 0x74f6e339
	.word 0xbaa37951
	.word 0x64af4135
	.word 0x1dbd4951
	.word 0x2671505a
	.word 0x8338da87
	.word 0x9566a0d3
	.word 0x6ee0edcd
	.word 0x1877f841
	.word 0x88ad43e
	.word 0x13aa9a38
	.word 0x5d5af38e
	.word 0x664d717b
	.word 0xc42cdc0a
	.word 0xaa1bc85c
	.word 0xb1141b54
	.word 0x7daecf0b
	.word 0x2db058ac
	.word 0xf21cb43e
	.word 0xf7f38813
	.word 0x58c4c60b
	.word 0xc0bd0729
	.word 0x6b5af7a5
	.word 0x8067e332
	.word 0xfc323b72
	.word 0xd0d8fd5c
	.word 0x21104645
	.word 0x12c6a789
	.word 0xcb76d2
	.word 0xac313a9a
	.word 0xe725da4b
	.word 0xd1fe1bdd
	.word 0x4233e17f
	.word 0xfd9fd051
	.word 0xf52b80fb
	.word 0x23a0ee41
	.word 0xf372ffd5
	.word 0x3d893bb1
	.word 0x451dcf0e
	.word 0x63725f70
	.word 0x3b152cfe
	.word 0x4fded4db
	.word 0x3dfa3159
	.word 0x1f4ba91
	.word 0x427ce982
	.word 0x36d402a4
	.word 0x669be564
	.word 0x5cda679f
	.word 0x15187eeb
	.word 0x426762a9
	.word 0x6870a3b0
	.word 0xfcd52bd3
	.word 0x6c438784
	.word 0x8ad2327d
	.word 0x5f237253
	.word 0x1c485607
	.word 0xc79f1523
	.word 0x8257907e
	.word 0x7b556212
	.word 0x35fe7ab9
	.word 0xaf8dda4d
	.word 0x8c4a75cf
	.word 0x9c8d6276
	.word 0x28b4f8f7
	.word 0x42e22762
	.word 0xc7c2e8c5
	.word 0xc19ab0a8
	.word 0x6670968f
	.word 0xe088d73f
	.word 0xb7860b08
	.word 0xaa013f1b
	.word 0x31a124aa
	.word 0xb3b9a830
	.word 0x5142868f
	.word 0x33ffae86
	.word 0x3cebfb1
	.word 0x5326400d
	.word 0xffd21e5e
	.word 0x3f298a12
	.word 0xc31269c7
	.word 0x4b731492
	.word 0x15c94c22
	.word 0xb5ef5284
	.word 0xa840563b
	.word 0xf26b8878
	.word 0xeffdf08a
	.word 0x6c7f97fc
	.word 0x4e8b4f3c
	.word 0xcaf74dca
	.word 0x4a8d91cd
	.word 0xee3dff77
	.word 0x6bb5c45e
	.word 0xb4f3d5e1
	.word 0x7bdca06
	.word 0x6157fa78
	.word 0x5d0e1bf4
	.word 0x506a4d4c
	.word 0x21bbf40d
	.word 0xb8750990
	.word 0x31a7a353
	.word 0x7c799715
	.word 0x9df91b58
	.word 0x6cdac631
	.word 0xb7837bdf
	.word 0xc7e603c3
	.word 0xf452618c
	.word 0xb4140a1d
	.word 0x9fa1a676
	.word 0xc6894be1
	.word 0x11569f7b
	.word 0x958a5ac7
	.word 0x488606e
	.word 0x183121ac
	.word 0xbc934a6e
	.word 0x6e02f0a1
	.word 0x32cfddea
	.word 0xe72dd333
	.word 0xf4382f56
	.word 0xcb80605f
	.word 0x36f790da
	.word 0x597ae72c
	.word 0xb673d983
	.word 0x65383b62
	.word 0x28dd0348
	.word 0x9e3ca552
	.word 0x584ae339
	.word 0x8195e4cf
	.word 0x9c8f5369
	.word 0xaaab4b18
	.word 0xbacd757c
	.word 0x983d16ed
	.word 0x66f5d83d
	.word 0x63b0ce44
	.word 0x35761c78
	.word 0x29d58784
	.word 0xbd8c29d6
	.word 0x2e68442d
	.word 0xfb531c3b
	.word 0x82523a71
	.word 0x6693671f
	.word 0x4460c6c7
	.word 0xcbb91bfb
	.word 0xf007fc98
	.word 0xfd0b9112
	.word 0x6a1b4646
	.word 0x58a362cf
	.word 0xaba98ef2
	.word 0xd487fae9
	.word 0x50832f84
	.word 0x9b05129d
	.word 0x138368f6
	.word 0xad2f60b8
	.word 0x663044a4
	.word 0xba3a8d36
	.word 0x981b27f8
	.word 0x606f68ca
	.word 0x23bba051
	.word 0xa184daa9
	.word 0x60ed1fe1
	.word 0xa13a9349
	.word 0x992a96e0
	.word 0xb528907b
	.word 0x43d3dee8
	.word 0x39d69f0f
	.word 0xacd64894
	.word 0xdd5bb4b6
	.word 0xd2690b50
	.word 0x936d28f1
	.word 0xf8116ac8
	.word 0x7c480dec
	.word 0xc343d1d6
	.word 0x9650e02a
	.word 0xc0e94500
	.word 0xe16f15a4
	.word 0x78a91d69
	.word 0x3b860d8b
	.word 0xbcd50290
	.word 0x8c6696b3
	.word 0x88abe48b
	.word 0x73652c56
	.word 0xb1f6301
	.word 0x899277e
	.word 0xa2a8d9e5
	.word 0x8b1080cf
	.word 0xfa2c842b
	.word 0x3f93fe9f
	.word 0x4847e95f
	.word 0x18e62ec9
	.word 0x7ad36a96
	.word 0xe7b58b96
	.word 0x8e2b7e55
	.word 0xddd47a05
	.word 0xa9aaf
	.word 0x38b53300
	.word 0x447af12a
	.word 0x51a83ca5
	.word 0x91aa40db
	.word 0xef98cc63
	.word 0x348e3a49
	.word 0x8b2b16ea
	.word 0xd7326031
	.word 0xfdb5b8cb
	.word 0x1f334e3d
	.word 0xa86e7da7
	.word 0x9c8f670a
	.word 0x7dadf89d
	.word 0x95790182
	.word 0x1c6a7fe6
	.word 0x2144538d
	.word 0xcd8164f7
	.word 0xc2e17b78
	.word 0x5c4fba5f
	.word 0xcb85f47d
	.word 0xd447b1f8
	.word 0x6d6cb844
	.word 0xb6ecebb6
	.word 0x58ddf11b
	.word 0x3922aee4
	.word 0xf33d0bfb
	.word 0x1a0a199a
	.word 0x7e17d5c6
	.word 0x1145a5b1
	.word 0x1b893e48
	.word 0xb4442d68
	.word 0xccf861c
	.word 0x7d837b5a
	.word 0x4fee77ee
	.word 0xa36d1b87
	.word 0x3a28aa9
	.word 0xc07f992
	.word 0x958dc108
	.word 0x98362c1e
	.word 0xeb0d9a44
	.word 0x50e3faa6
	.word 0xd95282dd
	.word 0xa825ad79
	.word 0xacdaf43c
	.word 0xb9fcaf52
	.word 0xaec9d279
	.word 0x451bf7a
	.word 0x44623205
	.word 0x4670f194
	.word 0x5009eb15
	.word 0xc004c9a0
	.word 0x7f2c4238
	.word 0x1a0c082d
	.word 0xfa355089
	.word 0x54af4bfb
	.word 0x7ded773
	.word 0x7b2be48b
	.word 0xf0ea6d96
	.word 0x1646947a
	.word 0x5dff75de
	.word 0xdbd963fc
	.word 0x3759dcf
	.word 0xa9489089
	.word 0xd0644985
	.word 0x73cc60cf
	.word 0x56a1b85
	.word 0x85498988
	.word 0x3b62a534
	.word 0x97464816
	.word 0x96d041b4
	.word 0x42375627
	.word 0xb68fa99e
	.word 0x34354040
	.word 0x1b9cc59e
	.word 0xe6c7c529
	.word 0xd23fa918
	.word 0xc48be856
	.word 0x89afe656
	.word 0xd9c68064
	.word 0x308a94a1
	.word 0x21ce306e
	.word 0x1fb3f26f
	.word 0x5e3a7090
	.word 0x15276804
	.word 0xfcd516f7
	.word 0x9f70e7b2
	.word 0xf35a2851
	.word 0x7c5a3c59
	.word 0x41f13791
	.word 0x8767a610
	.word 0x7166782
	.word 0xb72e0c51
	.word 0xa226f763
	.word 0xe59f89c6
	.word 0x804f3135
	.word 0xab5de221
	.word 0xf420fc0d
	.word 0x9f84127d
	.word 0xa4bc2f98
	.word 0x8a8d8df
	.word 0x65d511c6
	.word 0x3a5bf430
	.word 0xdf671d9e
	.word 0xa64cbd74
	.word 0xda69525
	.word 0x3f490e24
	.word 0xcf3dad22
	.word 0x29a3ddae
	.word 0x10d0a005
	.word 0x9ed04fcd
	.word 0x721d2f79
	.word 0x29bef480
	.word 0x12ff6df7
	.word 0x177fb8b7
	.word 0xed4c38e3
	.word 0x205dd4ab
	.word 0xc3d7c02f
	.word 0x41958506
	.word 0xd7928e1c
	.word 0x4c78ebb4
	.word 0x70c62553
	.word 0x39eff3c5
	.word 0x357131ce
	.word 0x7a57f52a
	.word 0x1aac1d33
	.word 0xb84c0776
	.word 0x2cf9bfc7
	.word 0x7b2b1aa7
	.word 0x17812598
	.word 0x5575bc21
	.word 0xbccc4679
	.word 0xb46cf378
	.word 0x6a7f2959
	.word 0x65dd9093
	.word 0x2e3cf5f4
	.word 0xa0c79b15
	.word 0x27074a27
	.word 0x63a6dc6
	.word 0x3bd388e7
	.word 0x1326fd80
	.word 0x5e45e2ab
	.word 0xa00e87c3
	.word 0x6e2d28b8
	.word 0xac73e985
	.word 0xf92705a4
	.word 0x2be2a4cd
	.word 0x901c5570
	.word 0x4cf95d09
	.word 0x8c519a05
	.word 0x5d3dd42d
	.word 0x10b8f9d1
	.word 0xffd91c10
	.word 0x5735359d
	.word 0xc15b469e
	.word 0x9892991a
	.word 0xbd862482
	.word 0x5bdd5929
	.word 0xeff82bf5
	.word 0xba592876
	.word 0x75a35c7d
	.word 0xdbb29e0b
	.word 0x8604fc72
	.word 0x28dca657
	.word 0x3ed513dc
	.word 0x9756ceb
	.word 0x39e38d7f
	.word 0x41c56279
	.word 0x5ccca33c
	.word 0xddc3aa49
	.word 0xb9d11f8c
	.word 0xde3a811c
	.word 0x4d318410
	.word 0xcbc4e3e9
	.word 0xa084ee95
	.word 0x979c57fe
	.word 0xb110b0af
	.word 0x47a5668d
	.word 0x85e2d5d7
	.word 0x3453151b
	.word 0x88fb9203
	.word 0xadca649e
	.word 0xca635272
	.word 0xa5850ee4
	.word 0x8f6815c8
	.word 0x37fb3720
	.word 0x72fcea4f
	.word 0x191acf35
	.word 0x5f75a62b
	.word 0x9da6cd93
	.word 0xc6857cb9
	.word 0x4b5f6e30
	.word 0x75be92fc
	.word 0x5bc9608c
	.word 0x8cc3b760
	.word 0xbfd68497
	.word 0x87ce3595
	.word 0x6eea104b
	.word 0xb08fa17a
	.word 0xd0b8a66a
	.word 0x4ac50e50
	.word 0x8ae00137
	.word 0xd2122ed4
	.word 0x6ed44330
	.word 0x30f43d49
	.word 0x5cf59a07
	.word 0x1914b67d
	.word 0x74b16390
	.word 0x40aab1d1
	.word 0xc483c9b9
	.word 0xb225b03
	.word 0x48017f62
	.word 0x9a4c9e14
	.word 0x384d40b3
	.word 0x9b367b5e
	.word 0xdfefbf70
	.word 0x2834c570
	.word 0xa3c93a9d
	.word 0x17c1c2d0
	.word 0xdce176bd
	.word 0xb4e35b66
	.word 0x2e716081
	.word 0x4e497791
	.word 0x77d79e4c
	.word 0x7d5d423
	.word 0x176cbbeb
	.word 0x8222e783
	.word 0x48ff5aa
	.word 0xbd63de57
	.word 0x1382fd63
	.word 0xc9f9d5f4
	.word 0x9ba2a6b7
	.word 0x21f000ad
	.word 0x1d53bbbf
	.word 0x2ea9bb0d
	.word 0x20caeac9
	.word 0xcfed7400
	.word 0x4cc5d276
	.word 0x27e64f53
	.word 0x2f8752f5
	.word 0x7eeb9339
	.word 0x9d1a1a9f
	.word 0x177b22db
	.word 0x172f122b
	.word 0x582b1b5e
	.word 0x5358193e
	.word 0x5f81d121
	.word 0xd11dbd93
	.word 0xb3523644
	.word 0x46c35da9
	.word 0x83bb0952
	.word 0xb0b63b5a
	.word 0x8c755634
	.word 0xf0cb68cd
	.word 0x278242a4
	.word 0x95085caf
	.word 0x4d238fc1
	.word 0xa7ad842c
	.word 0xf229f8b8
	.word 0x6aed5ac7
	.word 0xf70e99bd
	.word 0xa31c5f81
	.word 0x35611517
	.word 0xefbc2036
	.word 0x1ce0688b
	.word 0x2fd10e13
	.word 0xcc7e4a5a
	.word 0xa39410c0
	.word 0x100c00c6
	.word 0x9285914c
	.word 0x352c225a
	.word 0x9d8067c9
	.word 0xbe58e1d5
	.word 0xee200c64
	.word 0x1a338df2
	.word 0x1a32feb4
	.word 0xf96fd486
	.word 0x7c1dba59
	.word 0xa18901b2
	.word 0xb65f2ccd
	.word 0x2b1200ee
	.word 0xaf15849
	.word 0x1ef57e15
	.word 0x97c7574e
	.word 0xd8fb92f9
	.word 0xfe3812cb
	.word 0x7040939b
	.word 0x244b92c2
	.word 0x946cc0ab
	.balign 16
dump:
	.zero 520
	.balign 16
flaglog:
	.zero 1024
