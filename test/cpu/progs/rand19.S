	.option rvc
	.text
	.globl _start
_start:
	la x31, scratch
	mv x2, x31
	la x30, ivals
	ld x1, 64(x30)
	ld x3, 8(x30)
	ld x4, 200(x30)
	ld x5, 152(x30)
	ld x6, 176(x30)
	ld x7, 88(x30)
	ld x8, 32(x30)
	ld x9, 192(x30)
	ld x10, 64(x30)
	ld x11, 192(x30)
	ld x12, 72(x30)
	ld x13, 8(x30)
	ld x14, 8(x30)
	ld x15, 112(x30)
	ld x16, 168(x30)
	ld x17, 40(x30)
	ld x18, 56(x30)
	ld x19, 144(x30)
	ld x20, 152(x30)
	ld x21, 32(x30)
	ld x22, 96(x30)
	ld x23, 64(x30)
	ld x24, 96(x30)
	ld x25, 208(x30)
	ld x26, 176(x30)
	ld x27, 96(x30)
	ld x28, 168(x30)
	ld x29, 0(x30)
	ld x30, 152(x30)
	la x30, dvals
	fld f0, 176(x30)
	fld f1, 24(x30)
	fld f2, 364(x30)
	fld f3, 328(x30)
	fld f4, 224(x30)
	fld f5, 0(x30)
	fld f6, 104(x30)
	fld f7, 8(x30)
	fld f8, 216(x30)
	fld f9, 112(x30)
	fld f10, 48(x30)
	fld f11, 300(x30)
	fld f12, 184(x30)
	fld f13, 112(x30)
	flw f14, 364(x30)
	fld f15, 16(x30)
	flw f16, 308(x30)
	flw f17, 364(x30)
	flw f18, 384(x30)
	flw f19, 332(x30)
	flw f20, 344(x30)
	fld f21, 356(x30)
	fld f22, 264(x30)
	fld f23, 224(x30)
	fld f24, 208(x30)
	fld f25, 96(x30)
	flw f26, 384(x30)
	fld f27, 88(x30)
	flw f28, 348(x30)
	fld f29, 232(x30)
	fld f30, 152(x30)
	fld f31, 176(x30)
	remu x17, x20, x26
	rem x25, x0, x15
	mulhu x1, x5, x0
	sb x11, 600(x31)
	xori x16, x12, -1
	fmv.x.w x15, f30
	c.li x27, 26
	c.lui x27, 18
	la x30, dvals
	flw f30, 304(x30)
	fcvt.w.s x12, f30, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 0(x30)
	divuw x21, x6, x7
	la x30, dvals
	fld f19, 232(x30)
	fmul.d f11, f19, f10, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 1(x30)
	slt x17, x3, x0
	mulhu x9, x21, x27
	la x30, dvals
	fld f5, 24(x30)
	fsqrt.d f29, f5, rne
	fmv.x.d x14, f2
	fsgnjx.s f3, f23, f23
	fsflags x29, x0
	la x30, flaglog
	sb x29, 2(x30)
	fmul.d f14, f9, f29, rmm
	mv x12, x31
	c.lw x15, 0(x12)
	remw x1, x28, x26
	la x30, dvals
	fld f18, 160(x30)
	fnmadd.d f31, f4, f18, f18, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 3(x30)
	remw x28, x21, x8
	mulhu x15, x26, x18
	la x30, 1f
	c.jr x30
	srl x29, x21, x5
1:
	la x30, dvals
	flw f21, 684(x30)
	fsub.s f28, f21, f22, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 4(x30)
	la x30, dvals
	fld f26, 112(x30)
	la x30, dvals
	fld f7, 520(x30)
	fmax.d f14, f26, f7
	fsflags x29, x0
	la x30, flaglog
	sb x29, 5(x30)
	slt x3, x15, x6
	addiw x21, x28, 32
	fclass.d x15, f23
	ori x27, x26, 64
	sllw x17, x21, x13
	addi x30, x31, 792
	amominu.d.rl x15, x22, (x30)
	add x20, x25, x20
	lb x16, 959(x2)
	la x30, dvals
	fld f26, 112(x30)
	fcvt.s.d f12, f26, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 6(x30)
	srl x27, x5, x29
	remu x20, x5, x14
	or x3, x27, x27
	lbu x4, 531(x2)
	sw x5, 1940(x31)
	fcvt.d.wu f13, x23
	fsflags x29, x0
	la x30, flaglog
	sb x29, 7(x30)
	la x30, dvals
	fld f25, 568(x30)
	la x30, dvals
	fld f0, 576(x30)
	fadd.d f30, f25, f0, rmm
	addi x7, x14, 32
	andi x19, x0, 64
	mulh x29, x27, x28
	lhu x26, 754(x2)
	rem x7, x16, x4
	lb x23, 972(x31)
	c.li x17, -16
	c.lui x17, 26
	or x24, x21, x18
	mv x10, x31
	c.sd x15, 72(x10)
	addiw x15, x17, -2048
	mv x8, x31
	c.lw x9, 120(x8)
	fcvt.l.d x9, f9, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 8(x30)
	la x30, 1f
	jalr x13, 0(x30)
	sllw x5, x9, x6
1:
	jal x28, 1f
	subw x10, x1, x18
1:
	xori x26, x22, -1
	la x30, dvals
	fld f11, 80(x30)
	la x30, dvals
	fld f21, 464(x30)
	fmul.d f3, f11, f21, rup
	addiw x29, x0, 31
	lbu x18, 630(x31)
	lbu x26, 1174(x2)
	la x30, dvals
	fld f25, 488(x30)
	fcvt.wu.d x8, f25, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 9(x30)
	slli x7, x25, 63
	sraiw x20, x3, 31
	c.slli x18, 22
	lbu x16, 1166(x2)
	la x30, dvals
	flw f26, 372(x30)
	fmul.s f19, f26, f4, rtz
	ori x25, x29, -1843
	sd x26, 1088(x31)
	la x30, dvals
	flw f12, 636(x30)
	la x30, dvals
	flw f28, 672(x30)
	fnmsub.s f5, f12, f16, f28, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 10(x30)
	addi x16, x18, 31
	sltu x28, x15, x8
	divuw x12, x0, x20
	la x30, dvals
	fld f27, 176(x30)
	la x30, dvals
	fld f7, 560(x30)
	la x30, dvals
	fld f27, 72(x30)
	fmadd.d f22, f27, f7, f27, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 11(x30)
	slti x15, x11, 0
	la x30, dvals
	fld f31, 80(x30)
	la x30, dvals
	fld f0, 272(x30)
	fnmadd.d f0, f31, f0, f23, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 12(x30)
	la x30, dvals
	fld f3, 496(x30)
	la x30, dvals
	fld f16, 24(x30)
	feq.d x26, f3, f16
	fsflags x29, x0
	la x30, flaglog
	sb x29, 13(x30)
	auipc x24, 524287
	mulhsu x12, x28, x14
	xor x3, x29, x23
	fcvt.wu.d x13, f22, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 14(x30)
	la x30, dvals
	fld f16, 96(x30)
	fmin.d f8, f16, f0
	fsflags x29, x0
	la x30, flaglog
	sb x29, 15(x30)
	sltu x8, x23, x25
	bne x25, x6, 1f
	and x27, x14, x29
1:
	addi x30, x31, 144
	lr.w.aqrl x3, (x30)
	xor x19, x17, x18
	sc.w.aqrl x19, x3, (x30)
	jal x12, 1f
	sraw x19, x21, x11
1:
	srli x24, x5, 19
	slliw x16, x20, 31
	sraw x29, x9, x6
	slt x28, x20, x19
	csrrs x25, fflags, x0
	mulhsu x29, x23, x11
	c.addi4spn x8, sp, 264
	addi x30, x31, 1728
	amoxor.w.rl x16, x27, (x30)
	sllw x24, x24, x0
	bne x4, x18, 1f
	srl x9, x11, x17
	sllw x7, x10, x7
1:
	la x30, dvals
	flw f23, 284(x30)
	fdiv.s f28, f23, f5, dyn
	fmv.x.d x7, f12
	la x30, dvals
	fld f14, 208(x30)
	fsgnjx.d f16, f14, f14
	div x27, x6, x21
	srli x15, x18, 63
	slliw x10, x23, 31
	la x30, dvals
	fld f20, 440(x30)
	la x30, dvals
	fld f19, 256(x30)
	la x30, dvals
	fld f18, 560(x30)
	fmadd.d f30, f20, f19, f18, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 16(x30)
	sllw x26, x6, x16
	mv x9, x31
	c.fsd f15, 168(x9)
	mul x26, x9, x12
	slli x10, x12, 4
	srliw x14, x11, 0
	srli x1, x14, 63
	slliw x23, x29, 20
	divw x9, x25, x16
	addi x30, x31, 1464
	lr.d x10, (x30)
	sltu x14, x18, x14
	sc.d x17, x3, (x30)
	sc.d x21, x26, (x30)
	la x30, dvals
	flw f20, 328(x30)
	la x30, dvals
	flw f23, 372(x30)
	fmul.s f27, f20, f23, dyn
	slli x9, x18, 63
	srliw x26, x14, 21
	divuw x25, x7, x0
	c.addw x15, x14
	bgeu x20, x0, 1f
	sub x11, x15, x28
1:
	divuw x14, x13, x8
	srai x28, x7, 32
	slliw x4, x8, 28
	fsw f9, 924(x31)
	la x30, dvals
	fld f0, 176(x30)
	la x30, dvals
	fld f19, 416(x30)
	la x30, dvals
	fld f8, 472(x30)
	fmsub.d f18, f0, f19, f8, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 17(x30)
	fmv.x.w x8, f20
	la x30, 1f
	c.jalr x30
	sllw x21, x12, x8
1:
	mulw x11, x21, x14
	fcvt.d.wu f8, x1
	fsflags x29, x0
	la x30, flaglog
	sb x29, 18(x30)
	remw x15, x1, x6
	la x30, dvals
	flw f14, 360(x30)
	la x30, dvals
	flw f11, 392(x30)
	fnmadd.s f9, f15, f14, f11, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 19(x30)
	la x30, dvals
	flw f16, 372(x30)
	la x30, dvals
	flw f26, 664(x30)
	la x30, dvals
	flw f28, 668(x30)
	fmsub.s f22, f16, f26, f28, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 20(x30)
	sltiu x8, x16, -2048
	la x30, dvals
	flw f16, 644(x30)
	fmul.s f20, f16, f16, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 21(x30)
	remuw x28, x17, x23
	la x30, dvals
	fld f14, 496(x30)
	la x30, dvals
	fld f18, 176(x30)
	fsub.d f10, f14, f18, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 22(x30)
	fmul.s f0, f14, f24, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 23(x30)
	bge x6, x20, 1f
	xor x26, x26, x27
1:
	c.addi4spn x13, sp, 276
	la x30, dvals
	fld f24, 536(x30)
	fadd.d f24, f24, f12, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 24(x30)
	sh x13, 310(x31)
	sltu x29, x18, x27
	srlw x10, x21, x27
	la x30, dvals
	flw f24, 324(x30)
	fdiv.s f0, f24, f24, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 25(x30)
	remuw x10, x9, x16
	lh x1, 1974(x2)
	beq x26, x10, 1f
	sltu x3, x3, x12
1:
	fsqrt.s f27, f3, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 26(x30)
	la x30, 1f
	jalr x21, 1(x30)
	subw x14, x18, x20
1:
	addw x26, x16, x14
	bge x10, x10, 1f
	srl x27, x27, x12
	sll x8, x0, x18
1:
	sh x26, 440(x31)
	sh x7, 1860(x31)
	fsw f31, 924(x31)
	la x30, dvals
	flw f5, 660(x30)
	fmadd.s f6, f3, f5, f3, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 27(x30)
	mulhsu x22, x9, x25
	mul x25, x20, x26
	lhu x16, 164(x2)
	lh x11, 2002(x2)
	fcvt.wu.d x8, f20, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 28(x30)
	sraw x26, x17, x3
	fmul.s f5, f26, f2, rne
	la x30, dvals
	fld f21, 208(x30)
	la x30, dvals
	fld f26, 488(x30)
	fmadd.d f23, f18, f21, f26, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 29(x30)
	and x18, x1, x3
	sraw x16, x6, x21
	c.swsp x15, 180(sp)
	c.sdsp x5, 64(sp)
	c.bnez x12, 1f
	add x20, x11, x6
1:
	la x30, dvals
	fld f19, 16(x30)
	fcvt.s.d f8, f19, dyn
	lui x0, 1048575
	la x30, dvals
	fld f2, 456(x30)
	la x30, dvals
	fld f28, 144(x30)
	fnmsub.d f9, f2, f13, f28, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 30(x30)
	la x30, 1f
	c.jr x30
	subw x22, x3, x22
1:
	addw x23, x7, x8
	fld f12, 648(x31)
	sb x25, 1976(x31)
	srli x6, x4, 63
	sraiw x17, x7, 31
	srai x18, x24, 63
	slliw x0, x22, 0
	divw x18, x12, x11
	auipc x17, 0
	sllw x22, x19, x29
	la x30, dvals
	fld f13, 400(x30)
	fadd.d f26, f13, f12, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 31(x30)
	remu x13, x11, x28
	la x30, 1f
	c.jalr x30
	sll x20, x3, x28
1:
	lw x3, 672(x31)
	la x30, dvals
	flw f2, 632(x30)
	fsqrt.s f8, f2, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 32(x30)
	la x30, dvals
	flw f2, 660(x30)
	la x30, dvals
	flw f28, 356(x30)
	fmsub.s f5, f27, f2, f28, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 33(x30)
	fsgnjx.d f17, f15, f2
	fsflags x29, x0
	la x30, flaglog
	sb x29, 34(x30)
	la x30, dvals
	fld f10, 480(x30)
	fmin.d f3, f10, f23
	fsflags x29, x0
	la x30, flaglog
	sb x29, 35(x30)
	la x30, dvals
	fld f15, 144(x30)
	la x30, dvals
	fld f5, 104(x30)
	fsub.d f0, f15, f5, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 36(x30)
	xori x24, x8, -2
	la x30, dvals
	fld f24, 192(x30)
	la x30, dvals
	fld f12, 472(x30)
	fnmadd.d f17, f24, f1, f12, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 37(x30)
	fmul.s f9, f30, f21, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 38(x30)
	sd x12, 432(x31)
	la x30, dvals
	flw f23, 352(x30)
	fsqrt.s f29, f23, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 39(x30)
	lh x20, 998(x31)
	mulw x14, x19, x15
	la x30, dvals
	fld f6, 272(x30)
	flt.d x6, f6, f3
	fsflags x29, x0
	la x30, flaglog
	sb x29, 40(x30)
	bgeu x27, x11, 1f
	subw x24, x17, x19
1:
	sltiu x22, x1, 32
	sra x28, x29, x28
	sub x12, x12, x24
	addi x23, x19, 2047
	slli x10, x26, 33
	slliw x5, x18, 0
	mv x13, x31
	c.ld x10, 184(x13)
	slt x6, x20, x25
	la x30, dvals
	fld f3, 56(x30)
	la x30, dvals
	fld f29, 16(x30)
	la x30, dvals
	fld f30, 520(x30)
	fmadd.d f17, f3, f29, f30, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 41(x30)
	c.fldsp f9, 320(sp)
	sd x22, 1944(x31)
	andi x9, x25, 63
	la x30, dvals
	flw f31, 676(x30)
	fcvt.d.s f25, f31
	fsflags x29, x0
	la x30, flaglog
	sb x29, 42(x30)
	fcvt.d.l f18, x19, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 43(x30)
	srai x11, x21, 4
	sraiw x23, x19, 29
	mulhu x29, x17, x17
	sh x1, 1200(x31)
	srlw x9, x28, x28
	la x30, dvals
	fld f9, 56(x30)
	fnmadd.d f8, f9, f25, f4, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 44(x30)
	sraw x14, x7, x22
	lhu x11, 1896(x2)
	xori x26, x22, 1
	andi x18, x6, -1
	and x3, x7, x25
	or x23, x29, x10
	slti x11, x19, 64
	addi x13, x20, 31
	addi x30, x31, 1168
	amomax.d.aq x0, x15, (x30)
	mul x10, x16, x22
	subw x24, x15, x27
	and x19, x21, x18
	xori x24, x21, -2
	slti x14, x19, -1
	la x30, dvals
	fld f8, 496(x30)
	fsqrt.d f14, f8, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 45(x30)
	mulhsu x4, x3, x28
	la x30, dvals
	fld f18, 72(x30)
	fmsub.d f22, f29, f15, f18, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 46(x30)
	addiw x11, x21, 1
	or x17, x4, x23
	sd x5, 1176(x31)
	la x30, dvals
	fld f5, 136(x30)
	la x30, dvals
	fld f26, 80(x30)
	fadd.d f26, f5, f26, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 47(x30)
	la x30, dvals
	fld f26, 136(x30)
	fsub.d f15, f14, f26, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 48(x30)
	divuw x27, x22, x26
	la x30, dvals
	fld f12, 192(x30)
	la x30, dvals
	fld f16, 504(x30)
	fadd.d f20, f12, f16, rup
	fmv.x.w x18, f18
	sh x28, 750(x31)
	beq x20, x27, 1f
	srlw x12, x1, x17
1:
	c.slli x10, 29
	la x30, dvals
	flw f30, 280(x30)
	la x30, dvals
	flw f29, 312(x30)
	fmsub.s f4, f30, f29, f10, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 49(x30)
	la x30, 1f
	jalr x12, 1(x30)
	addw x14, x20, x4
1:
	slli x14, x24, 31
	sraiw x6, x4, 1
	la x30, dvals
	fld f28, 152(x30)
	la x30, dvals
	fld f20, 48(x30)
	fmsub.d f8, f23, f28, f20, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 50(x30)
	fcvt.l.d x12, f31, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 51(x30)
	rem x8, x13, x17
	la x30, dvals
	fld f23, 416(x30)
	la x30, dvals
	fld f2, 560(x30)
	la x30, dvals
	fld f19, 440(x30)
	fmsub.d f17, f23, f2, f19, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 52(x30)
	fdiv.s f18, f30, f7, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 53(x30)
	jal x17, 1f
	sraw x4, x0, x25
1:
	sll x26, x26, x20
	or x23, x13, x10
	mv x12, x31
	c.sd x9, 56(x12)
	fmul.d f27, f27, f13, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 54(x30)
	c.lwsp x3, 76(sp)
	c.ldsp x5, 208(sp)
	la x30, dvals
	fld f6, 560(x30)
	fdiv.d f21, f21, f6, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 55(x30)
	ori x13, x0, 2047
	sw x10, 190(x31)
	la x30, dvals
	flw f23, 336(x30)
	la x30, dvals
	flw f23, 612(x30)
	fmax.s f1, f23, f23
	fsflags x29, x0
	la x30, flaglog
	sb x29, 56(x30)
	mv x12, x31
	c.lw x8, 36(x12)
	andi x17, x9, 32
	ori x16, x15, 2047
	srl x22, x8, x26
	lb x25, 499(x31)
	sraw x18, x5, x25
	la x30, 1f
	c.jr x30
	add x4, x24, x28
1:
	slli x25, x17, 31
	srliw x16, x26, 18
	la x30, dvals
	fld f23, 168(x30)
	fadd.d f12, f31, f23, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 57(x30)
	xori x28, x16, -1927
	lhu x4, 366(x31)
	la x30, dvals
	fld f19, 88(x30)
	fdiv.d f12, f14, f19, rmm
	addi x30, x31, 1368
	lr.w.aqrl x13, (x30)
	slt x17, x0, x5
	addi x30, x30, 8
	sc.w.aqrl x3, x8, (x30)
	la x30, dvals
	flw f17, 608(x30)
	la x30, dvals
	flw f21, 612(x30)
	la x30, dvals
	flw f15, 628(x30)
	fmsub.s f15, f17, f21, f15, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 58(x30)
	sh x28, 1046(x31)
	xor x0, x13, x0
	addi x30, x31, 1816
	amomin.w x15, x23, (x30)
	andi x21, x19, -2048
	c.addi4spn x15, sp, 448
	sd x0, 488(x31)
	sllw x9, x15, x17
	rem x12, x28, x25
	la x30, dvals
	flw f9, 668(x30)
	fadd.s f24, f0, f9, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 59(x30)
	la x30, dvals
	fld f31, 176(x30)
	la x30, dvals
	fld f19, 536(x30)
	fdiv.d f9, f31, f19, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 60(x30)
	ld x13, 2024(x31)
	sw x0, 228(x31)
	fcvt.s.wu f3, x12, dyn
	sb x18, 11(x31)
	fclass.d x5, f27
	addi x30, x31, 2000
	amominu.d.rl x20, x18, (x30)
	mulw x11, x12, x29
	la x30, dvals
	fld f8, 568(x30)
	flt.d x12, f8, f10
	srlw x23, x4, x1
	la x30, dvals
	fld f29, 176(x30)
	la x30, dvals
	fld f11, 520(x30)
	fadd.d f3, f29, f11, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 61(x30)
	la x30, dvals
	fld f16, 48(x30)
	fsgnjx.d f2, f16, f27
	fsflags x29, x0
	la x30, flaglog
	sb x29, 62(x30)
	andi x14, x21, 64
	addi x30, x31, 144
	amoswap.d.aqrl x24, x0, (x30)
	fmv.d.x f11, x22
	la x30, dvals
	flw f6, 664(x30)
	la x30, dvals
	flw f7, 592(x30)
	fdiv.s f18, f6, f7, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 63(x30)
	blt x18, x29, 1f
	subw x1, x0, x23
	sub x0, x21, x16
1:
	fadd.d f14, f6, f11, rmm
	slli x27, x23, 0
	slliw x1, x26, 0
	sra x11, x8, x9
	la x30, dvals
	fld f17, 232(x30)
	fsgnjx.d f5, f19, f17
	fsflags x29, x0
	la x30, flaglog
	sb x29, 64(x30)
	lbu x28, 358(x31)
	la x30, dvals
	flw f15, 672(x30)
	la x30, dvals
	flw f17, 608(x30)
	fmin.s f5, f15, f17
	fsflags x29, x0
	la x30, flaglog
	sb x29, 65(x30)
	c.li x25, -28
	c.lui x25, 22
	la x30, dvals
	flw f7, 680(x30)
	fcvt.l.s x28, f7, rtz
	mulhu x0, x7, x5
	la x30, dvals
	fld f3, 432(x30)
	fcvt.wu.d x8, f3, rne
	subw x0, x5, x19
	la x30, dvals
	flw f28, 672(x30)
	fadd.s f5, f9, f28, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 66(x30)
	la x30, dvals
	fld f30, 480(x30)
	fcvt.s.d f29, f30, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 67(x30)
	slti x21, x26, 2047
	la x30, dvals
	fld f15, 80(x30)
	fmax.d f29, f15, f6
	fsflags x29, x0
	la x30, flaglog
	sb x29, 68(x30)
	sw x24, 1260(x31)
	la x30, dvals
	flw f4, 624(x30)
	la x30, dvals
	flw f11, 660(x30)
	fnmsub.s f30, f4, f4, f11, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 69(x30)
	bltu x3, x5, 1f
	sraw x23, x28, x18
	sll x10, x0, x24
1:
	la x30, dvals
	flw f18, 340(x30)
	fsqrt.s f2, f18, rup
	mulh x13, x4, x17
	la x30, dvals
	fld f31, 416(x30)
	fcvt.l.d x22, f31, rtz
	addi x8, x21, 64
	mulhu x21, x17, x0
	la x30, 1f
	c.jr x30
	srlw x11, x27, x28
1:
	fcvt.d.wu f30, x23
	bgeu x5, x20, 1f
	xor x21, x14, x6
1:
	sw x21, 976(x31)
	sltu x22, x11, x17
	mulhu x1, x26, x10
	srai x15, x15, 0
	sraiw x12, x12, 1
	lui x10, 1048575
	sra x21, x28, x13
	sltu x28, x18, x17
	la x30, dvals
	fld f23, 568(x30)
	la x30, dvals
	fld f17, 488(x30)
	fnmsub.d f18, f23, f23, f17, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 70(x30)
	xor x17, x16, x25
	sb x3, 347(x31)
	mulw x28, x9, x28
	auipc x4, 311156
	la x30, dvals
	flw f10, 336(x30)
	feq.s x7, f22, f10
	fsflags x29, x0
	la x30, flaglog
	sb x29, 71(x30)
	xor x0, x0, x8
	xor x11, x15, x26
	fmin.d f26, f0, f3
	fsflags x29, x0
	la x30, flaglog
	sb x29, 72(x30)
	srai x18, x25, 33
	slliw x0, x13, 31
	xori x12, x27, 63
	mulw x14, x13, x28
	la x30, 1f
	jalr x18, 0(x30)
	add x7, x19, x13
1:
	addi x20, x17, 31
	addiw x1, x15, 2047
	remu x7, x6, x20
	la x30, dvals
	flw f6, 624(x30)
	fdiv.s f24, f11, f6, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 73(x30)
	xori x19, x8, 31
	srl x10, x21, x23
	sltiu x10, x23, 63
	remu x20, x18, x24
	addi x1, x24, 63
	la x30, dvals
	flw f13, 300(x30)
	fsqrt.s f13, f13, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 74(x30)
	lwu x22, 824(x31)
	sub x1, x0, x6
	lui x13, 1048575
	addiw x26, x19, 63
	la x30, 1f
	c.jr x30
	subw x29, x12, x24
1:
	c.lwsp x20, 76(sp)
	c.ldsp x9, 56(sp)
	add x18, x17, x19
	la x30, dvals
	fld f5, 272(x30)
	la x30, dvals
	fld f21, 96(x30)
	fmax.d f2, f5, f21
	fsflags x29, x0
	la x30, flaglog
	sb x29, 75(x30)
	c.slli x19, 44
	sltiu x13, x28, 31
	add x17, x18, x4
	fsflags x9, x15
	sd x8, 1248(x31)
	lh x0, 1726(x2)
	subw x0, x8, x10
	blt x27, x29, 1f
	add x9, x9, x26
	xor x10, x4, x1
1:
	sltu x27, x3, x16
	xori x4, x22, -2
	lh x13, 220(x2)
	la x30, dvals
	fld f12, 560(x30)
	fadd.d f23, f12, f14, rdn
	la x30, dvals
	flw f8, 592(x30)
	fsqrt.s f2, f8, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 76(x30)
	sb x4, 344(x31)
	lhu x6, 1515(x2)
	mulhu x29, x9, x0
	jal x29, 1f
	subw x17, x21, x4
1:
	la x30, dvals
	fld f11, 48(x30)
	la x30, dvals
	fld f1, 536(x30)
	fmul.d f14, f11, f1, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 77(x30)
	la x30, dvals
	flw f24, 596(x30)
	la x30, dvals
	flw f26, 592(x30)
	la x30, dvals
	flw f19, 652(x30)
	fnmsub.s f6, f24, f26, f19, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 78(x30)
	mulhsu x15, x7, x7
	la x30, dvals
	flw f23, 596(x30)
	la x30, dvals
	flw f14, 308(x30)
	fsgnjx.s f31, f23, f14
	mulhu x3, x14, x17
	add x13, x27, x11
	lhu x15, 1020(x2)
	xor x7, x4, x0
	mulhsu x21, x17, x9
	remu x26, x27, x26
	la x30, dvals
	flw f28, 336(x30)
	la x30, dvals
	flw f3, 324(x30)
	fdiv.s f19, f28, f3, rne
	sra x13, x0, x4
	remu x1, x25, x8
	la x30, dvals
	flw f24, 644(x30)
	fdiv.s f18, f7, f24, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 79(x30)
	mv x13, x31
	c.lw x13, 68(x13)
	slti x28, x9, 1
	lw x13, 1284(x31)
	la x30, dvals
	flw f26, 600(x30)
	la x30, dvals
	flw f17, 324(x30)
	fmadd.s f8, f26, f17, f5, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 80(x30)
	c.li x16, -1
	c.lui x16, 8
	slli x15, x3, 32
	slliw x25, x24, 1
	la x30, dvals
	fld f3, 64(x30)
	fsub.d f25, f13, f3, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 81(x30)
	addi x30, x31, 1528
	lr.d.aq x24, (x30)
	sraw x10, x24, x28
	sc.d.aq x26, x1, (x30)
	or x10, x15, x10
	sra x14, x10, x5
	la x30, dvals
	flw f9, 300(x30)
	la x30, dvals
	flw f5, 392(x30)
	flt.s x15, f9, f5
	fsflags x29, x0
	la x30, flaglog
	sb x29, 82(x30)
	lb x23, 220(x2)
	mulhsu x19, x19, x6
	la x30, dvals
	fld f23, 160(x30)
	fle.d x28, f30, f23
	fsflags x29, x0
	la x30, flaglog
	sb x29, 83(x30)
	lwu x19, 552(x31)
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
	.dword 0xfe32f7a3b81e3fc0
	.dword 0x832606533e64b305
	.dword 0xa88ca7e7b27b623f
	.dword 0x19a1490120af5961
	.dword 0xbbe088a0f46f669a
	.dword 0x0f3972440f4dbd7c
	.dword 0xa4ae40adfbc108f0
	.dword 0x8133d67f84753ba1
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
	.dword 0xbee0927065ba6ea7
	.dword 0xbe12222a414407d9
	.dword 0xc0750f3beac47d3a
	.dword 0x41072d06a6691eed
	.dword 0xbecc853c287f3691
	.dword 0x3e89c215b944fc00
	.dword 0x413a94abb06d39e4
	.dword 0xbf1b7c41eec32310
	.dword 0x3f1bcc439ca26a6a
	.dword 0xbf6de46e3637b2b6
	.dword 0xbe335439f2c10a7b
	.dword 0x41978d95689a2b6f
	.dword 0x803aa81aa0d53b2e
	.dword 0x002b0ee809ed571b
	.dword 0x00149b01598077eb
	.dword 0x802f19e20b6ee003
	.dword 0x0036b340c673b877
	.dword 0xffeef988afde1f7f
	.dword 0x8015485b5fd68cd4
	.dword 0xffedad24c0cb69d0
	.dword 0xc1e37af761c474e9
	.dword 0xffe41e020f951988
	.dword 0x832d27876bcb0299
	.dword 0x0014410a0a742560
	.word 0x3be45b39
	.word 0xbdcf8537
	.word 0xbb33af02
	.word 0xbf036265
	.word 0xc2e1b7eb
	.word 0x44557380
	.word 0x42eb23b5
	.word 0xbb71d21d
	.word 0xbb809b9e
	.word 0x3d776a5e
	.word 0x39dd07e6
	.word 0x409ce507
	.word 0x80d106fd
	.word 0xcf5aad62
	.word 0x8092b782
	.word 0x7e8c87be
	.word 0xff58a587
	.word 0x8f6f0fc9
	.word 0x4b6eb500
	.word 0x4b71477f
	.word 0xf75ff88
	.word 0x4b3de8bc
	.word 0x80be213d
	.word 0xdf682f53
	.balign 16
scratch:
	.word 0x4c470312
	.word 0x2887b500
	.word 0x1adc9873
	.word 0xb3852fda
	.word 0xd9b2f845
	.word 0x51f97818
	.word 0xa1b2abc5
	.word 0x6d8445a0
	.word 0x4336d038
	.word 0xbf0208a0
	.word 0x3cd882cb
	.word 0xbcbf65eb
	.word 0x504790aa
	.word 0xe802b1e3
	.word 0x79ef517c
	.word 0xebd38b1c
	.word 0xccb88ec4
	.word 0x716c6ef4
	.word 0x6ae0850d
	.word 0x32621d8d
	.word 0x4ba329e4
	.word 0xfd686bcb
	.word 0xf23f0ba3
	.word 0x7a2722c6
	.word 0x518a12d9
	.word 0x69f65d11
	.word 0xe8d1ab5b
	.word 0x6aee1546
	.word 0xa096adc5
	.word 0xd0e8dd12
	.word 0xa215ee57
	.word 0xe43f36b8
	.word 0x5feece4c
	.word 0x42c6a6bf
	.word 0x5430bb57
	.word 0x281525ba
	.word 0x18e65e8b
	.word 0xb5ddb510
	.word 0x6c89214f
	.word 0x5cbc46ff
	.word 0x581a550e
	.word 0x45c81633
	.word 0xa6c4e334
	.word 0x6eedb2c5
	.word 0xce1aad7f
	.word 0xed151405
	.word 0xbd27ea2f
	.word 0x4c2769de
	.word 0x8283d350
	.word 0xe5dc4ba4
	.word 0xf9b743f0
	.word 0x28e02994
	.word 0x978550dd
	.word 0x8e432c52
	.word 0x92ea2f76
	.word 0x37941a74
	.word 0x2f82c339
	.word 0x8b5ec1ab
	.word 0x3e1a8bde
	.word 0x834ef1ae
	.word 0xf218fd73
	.word 0x5b6b9ea8
	.word 0x3f6fd417
	.word 0x78478ac1
	.word 0xaae2278e
	.word 0x2c618067
	.word 0x91c0a471
	.word 0x2c961c16
	.word 0xd81d81c
	.word 0xe6ca28fd
	.word 0xd96efbf7
	.word 0xc413071f
	.word 0x3ae61987
	.word 0xc30628ec
	.word 0xc56ed7c1
	.word 0xed49f94a
	.word 0x9e7adf3a
	.word 0x76224374
	.word 0xf7d75612
	.word 0xbfb60b98
	.word 0xa663abba
	.word 0xb184c430
	.word 0x958c691
	.word 0x20d724d4
	.word 0x4df518b2
	.word 0x3286d7a3
	.word 0xe62ab0da
	.word 0xb604b082
	.word 0x2288f188
	.word 0xab841554
	.word 0xcfeb9a3
	.word 0xa29c3c86
	.word 0x84912e00
	.word 0x8b7eaba8
	.word 0x9f7b110d
	.word 0x56033ba0
	.word 0x1f93407b
	.word 0x841f6d15
	.word 0x5e02c0ab
	.word 0xc4e3d7a0
	.word 0x7ce69dcb
	.word 0x44aae6e4
	.word 0x16bb313f
	.word 0x6301c751
	.word 0x26929e24
	.word 0xdf92b56f
	.word 0xaedd2ff0
	.word 0x6f466641
	.word 0xd24ce746
	.word 0x9a240294
	.word 0x54a77a4f
	.word 0xc63630b8
	.word 0x40725a8
	.word 0xf6f8ebd1
	.word 0x9bd57c10
	.word 0xbebba15b
	.word 0x98842673
	.word 0x95034296
	.word 0x576e7bfe
	.word 0x9a2f0936
	.word 0x1a3762f2
	.word 0x3b426106
	.word 0x9b31cc57
	.word 0xf5d4dc4a
	.word 0xa5e8c7e4
	.word 0x1f9734ae
	.word 0xd9538dcf
	.word 0xb5ad0efa
	.word 0x9a3adca3
	.word 0xf47552f4
	.word 0x9b5441c1
	.word 0x7ee16697
	.word 0x14465e4e
	.word 0x2e71c0a9
	.word 0xdaf998fb
	.word 0xd5370d08
	.word 0xa654ff23
	.word 0xfa0fc9b
	.word 0x164104c2
	.word 0xedf2aa6e
	.word 0xaf59f011
	.word 0xba288f3c
	.word 0xd22401bb
	.word 0x107a5ef2
	.word 0x2f225720
	.word 0xdd0adda3
	.word 0x5161217c
	.word 0xdc9de0bb
	.word 0x71dcaf3e
	.word 0x6358b943
	.word 0xfa6c8c1b
	.word 0x1614e46c
	.word 0xd9bd0520
	.word 0x5a3e0c2c
	.word 0xecc3ffd1
	.word 0xf40b5fed
	.word 0x6120b2d6
	.word 0x9833640b
	.word 0x62fdb412
	.word 0x5b8c5b8d
	.word 0xcf4fed93
	.word 0x6d4f094d
	.word 0xbb00be
	.word 0x7532ede8
	.word 0x3970cc4f
	.word 0x3fdeba53
	.word 0xfa016d39
	.word 0x2362fbaa
	.word 0xfee73181
	.word 0x234a0aa
	.word 0x5214dcfa
	.word 0xf8f4ffdf
	.word 0x86eaa758
	.word 0x92380558
	.word 0xc0face31
	.word 0xbea8f74f
	.word 0xa869aa8f
	.word 0x3a388673
	.word 0x74289208
	.word 0xab5d86bc
	.word 0x6acb6459
	.word 0xce48a859
	.word 0xb33f5af8
	.word 0x546eafc8
	.word 0xb36a0f63
	.word 0xa244d220
	.word 0x38190a20
	.word 0x32fdd74e
	.word 0x8a9e3bc4
	.word 0xf1353bd7
	.word 0x9fb1eef0
	.word 0xef984727
	.word 0x8e647b9
	.word 0xc231f191
	.word 0x7c765d90
	.word 0x4f44c832
	.word 0x1e1e8173
	.word 0x8204b0b
	.word 0x29645ecb
	.word 0xf5109d35
	.word 0x307f83ae
	.word 0xc14e56cb
	.word 0x79715300
	.word 0x313e2b88
	.word 0x7da5644f
	.word 0xf4b177f9
	.word 0x9389611e
	.word 0x4af527ab
	.word 0x2e0625cb
	.word 0xbd592214
	.word 0xba663db9
	.word 0xc7f54971
	.word 0xb5b09d9c
	.word 0x666a9d3d
	.word 0x8c69dcbb
	.word 0x48220fc4
	.word 0x328bee09
	.word 0xa617dc2c
	.word 0xefdc2e45
	.word 0x2883d2af
	.word 0x8156344
	.word 0x2bcb9e3a
	.word 0x5992b5bc
	.word 0xeb8377ee
	.word 0x2aa05f71
	.word 0x8839516
	.word 0x3e0c68c6
	.word 0xd18ad8cc
	.word 0xd8f0ad25
	.word 0x67d91a6f
	.word 0xd60fdc85
	.word 0x9e72230a
	.word 0x9872ce63
	.word 0xf667193c
	.word 0xbd52e01c
	.word 0xcb730634
	.word 0xdd0fae2e
	.word 0x3185332b
	.word 0x6be303bb
	.word 0x7918a851
	.word 0xee457558
	.word 0x5d24f0cf
	.word 0xa4935b71
	.word 0x305e8d6f
	.word 0xdf90af56
	.word 0x853b470b
	.word 0x56906d26
	.word 0x3da4973c
	.word 0x472b533d
	.word 0x84d056fb
	.word 0x4fe14e7c
	.word 0xa3f1500b
	.word 0xb7feea93
	.word 0x3f3b4765
	.word 0xad2e5d4e
	.word 0xb6726fad
	.word 0x8b71ffae
	.word 0x2408d86c
	.word 0xdfadba2e
	.word 0x75e1851a
	.word 0xed1e10db
	.word 0xcfa98c79
	.word 0x3afcbe2a
	.word 0xa0cbe76
	.word 0x25842277
	.word 0x9898c0d2
	.word 0x90dad2f3
	.word 0x9a1e2191
	.word 0x9ba9fe67
	.word 0x28ccc6f5
	.word 0xb255e17c
	.word 0xc136ae61
	.word 0x8baa079c
	.word 0xa065a430
	.word 0x88966661
	.word 0xcf16edcc
	.word 0x4743f7fb
	.word 0xe2def85
	.word 0xc87fdb0b
	.word 0x50caf204
	.word 0xdfc4dd61
	.word 0xc97335f5
	.word 0x56758073
	.word 0x2909fa8e
	.word 0xdd5e05e2
	.word 0xa1ab2973
	.word 0x54204d11
	.word 0xedca39d0
	.word 0xf4fdf9a8
	.word 0x32d355cc
	.word 0x5535c6d9
	.word 0x503c95ee
	.word 0x92a7a16e
	.word 0xb7c0174b
	.word 0x100c963f
	.word 0xdbaddc1a
	.word 0x65fb2dad
	.word 0x99f3cca
	.word 0x2ec772e9
	.word 0xd3dc6624
	.word 0xbc01fca8
	.word 0xf1031122
	.word 0xf7c40e91
	.word 0xb4d4a6da
	.word 0x21f12d7d
	.word 0x8f8f6512
	.word 0x68f8404
	.word 0x37e09f63
	.word 0xa59141c5
	.word 0x389d4531
	.word 0x975e88ac
	.word 0x8f2e5aa9
	.word 0xcb104a14
	.word 0x8807cc9d
	.word 0x431edeb7
	.word 0x81c628b3
	.word 0xdedd31bb
	.word 0x65a7d40e
	.word 0x7bed283d
	.word 0x3b60e48
	.word 0x8d928197
	.word 0x69a1e7a7
	.word 0xfff08cad
	.word 0x22ce287f
	.word 0x1ff6c87f
	.word 0x19d02b63
	.word 0x8b34e29d
	.word 0xfb8e6cee
	.word 0xf4654b07
	.word 0xfdb53525
	.word 0x3926ad0d
	.word 0x7c68128e
	.word 0xb9045fd2
	.word 0x6d3ed30d
	.word 0x5cba3ce2
	.word 0x7fe85f51
	.word 0xf44aef50
	.word 0x9db7cb80
	.word 0xfc38c583
	.word 0x75922f27
	.word 0x3eac349c
	.word 0xbfc2f8e3
	.word 0xfb03f90c
	.word 0x6558bd
	.word 0xc5270d84
	.word 0xb664662f
	.word 0x6e92f49f
	.word 0x30209f7f
	.word 0x5a22bd98
	.word 0xbfa6d150
	.word 0xd4109156
	.word 0x17c7b2b
	.word 0x4d32d8c7
	.word 0xd36c4992
	.word 0x119ab31d
	.word 0xb8df2cc1
	.word 0xf5a36e22
	.word 0x948b2031
	.word 0xe1227697
	.word 0x51e8ec8f
	.word 0xc35c7cd3
	.word 0xd4016cb0
	.word 0xcb751f1b
	.word 0x7a5f2150
	.word 0x50d8a32a
	.word 0xd305eff4
	.word 0xb19049a9
	.word 0xac038a9b
	.word 0x77400253
	.word 0x96416316
	.word 0xfe5c3ee7
	.word 0x499ca6c7
	.word 0x75c124c5
	.word 0x7a6c2149
	.word 0x36eab30b
	.word 0x71f78a8e
	.word 0x9467517d
	.word 0xb7510579
	.word 0x6833be46
	.word 0xe09546db
	.word 0x418e5d7c
	.word 0xce1295ec
	.word 0x9442cdb
	.word 0x173e5c34
	.word 0x4baeff68
	.word 0x1c351c69
	.word 0x48b41515
	.word 0x88ccd3de
	.word 0x44544a25
	.word 0x6f01190d
	.word 0xc8337cbd
	.word 0x5335628f
	.word 0x13fb5a9d
	.word 0x6db01fe9
	.word 0xa7ec112f
	.word 0x9cf59aab
	.word 0xdbbd421b
	.word 0xc3d6764
	.word 0xbae7568c
	.word 0x56e92c77
	.word 0x1f994d44
	.word 0xf00b1ddc
	.word 0xe5aa5484
	.word 0x486ae039
	.word 0x99d48bef
	.word 0x1d8498db
	.word 0x5d684d14
	.word 0xcd960951
	.word 0x9b39ceef
	.word 0xfe6b8c3d
	.word 0x726112ab
	.word 0x56bf0c91
	.word 0x528397e7
	.word 0x2f939cd8
	.word 0xdd1ee95c
	.word 0x6984186
	.word 0xdbb85c92
	.word 0xd564e467
	.word 0x74ec32f3
	.word 0xa4f75eea
	.word 0xaa6d169f
	.word 0x1f60aac0
	.word 0x4d2d545c
	.word 0x1372566f
	.word 0x6e4cccb0
	.word 0xc8c5cfd
	.word 0x656451f4
	.word 0x40e6d79
	.word 0xfd841c89
	.word 0xbcb573e3
	.word 0x4bea4a67
	.word 0x5673cdb4
	.word 0xd76e1096
	.word 0xbae79f28
	.word 0x6955ce89
	.word 0xc0145fab
	.word 0x37c2513b
	.word 0xc144f6e9
	.word 0xaca6dd85
	.word 0x95de87ce
	.word 0xe1cbcefd
	.word 0x9a907c17
	.word 0x3748055e
	.word 0xcb980b4f
	.word 0x94c048d7
	.word 0x2686217a
	.word 0xb78b15ee
	.word 0x73e151d5
	.word 0x62a07a38
	.word 0xd10ed5ab
	.word 0x7ccdbeb6
	.word 0xa8787c5b
	.word 0x599abbe2
	.word 0xd2396eb1
	.word 0x2091986
	.word 0x600ea5a
	.word 0x723f581f
	.word 0xbea264a1
	.word 0xb4f18afa
	.word 0x307f8d8d
	.word 0xf807e02a
	.word 0x8456e74b
	.word 0x4f4ac994
	.word 0xd97017a8
	.word 0xab2a372a
	.word 0x542f386d
	.word 0xd77afe7c
	.word 0x9e127ee6
	.word 0xe8141621
	.word 0x30d06a69
	.word 0x8e37c047
	.word 0xb1dc7058
	.word 0xc53a99d3
	.word 0x5616e8b3
	.word 0xeb196b53
	.word 0x81e652a
	.word 0x53d3a997
	.word 0xfaca0607
	.word 0xfb5ddb42
	.word 0x4682d058
	.word 0x8db21d9c
	.word 0xe3ea91c
	.word 0xb8b5d6d2
	.word 0x4f9d6b45
	.word 0xbc42fddf
	.word 0x9cd4e843
	.word 0x3a4d9d0d
	.word 0xb463469b
	.word 0x4ab950a3
	.word 0x750d1e55
	.word 0xe3d73f6
	.word 0xa83f9937
	.word 0x3833c3db
	.word 0x4958fc1f
	.word 0x8dbdd932
	.word 0xe5ebcd9f
	.word 0x175415d3
	.word 0x2829dba4
	.word 0x78f7134a
	.word 0xc95ddea5
	.word 0x23a1bbc1
	.word 0x8feba40d
	.word 0x96254eb8
	.word 0xc1b87961
	.word 0x1c13fb4b
	.word 0xc2ff436
	.word 0xa780e122
	.word 0xcf3b62f0
	.word 0xcfc35b02
	.word 0x30ca6333
	.word 0xe92b91c5
	.word 0xf97cf5cc
	.balign 16
dump:
	.zero 520
	.balign 16
flaglog:
	.zero 1024
