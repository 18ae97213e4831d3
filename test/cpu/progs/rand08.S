	.option rvc
	.text
	.globl _start
_start:
	la x31, scratch
	mv x2, x31
	la x30, ivals
	ld x1, 8(x30)
	ld x3, 144(x30)
	ld x4, 32(x30)
	ld x5, 152(x30)
	ld x6, 80(x30)
	ld x7, 192(x30)
	ld x8, 24(x30)
	ld x9, 72(x30)
	ld x10, 72(x30)
	ld x11, 64(x30)
	ld x12, 208(x30)
	ld x13, 144(x30)
	ld x14, 96(x30)
	ld x15, 48(x30)
	ld x16, 184(x30)
	ld x17, 104(x30)
	ld x18, 208(x30)
	ld x19, 24(x30)
	ld x20, 208(x30)
	ld x21, 48(x30)
	ld x22, 80(x30)
	ld x23, 80(x30)
	ld x24, 208(x30)
	ld x25, 8(x30)
	ld x26, 144(x30)
	ld x27, 192(x30)
	ld x28, 176(x30)
	ld x29, 72(x30)
	ld x30, 120(x30)
	la x30, dvals
	fld f0, 16(x30)
	fld f1, 248(x30)
	fld f2, 24(x30)
	fld f3, 48(x30)
	fld f4, 16(x30)
	fld f5, 248(x30)
	flw f6, 292(x30)
	flw f7, 356(x30)
	flw f8, 380(x30)
	fld f9, 56(x30)
	fld f10, 96(x30)
	fld f11, 136(x30)
	flw f12, 336(x30)
	fld f13, 32(x30)
	fld f14, 120(x30)
	fld f15, 200(x30)
	fld f16, 0(x30)
	flw f17, 332(x30)
	flw f18, 348(x30)
	fld f19, 96(x30)
	fld f20, 208(x30)
	fld f21, 112(x30)
	fld f22, 32(x30)
	flw f23, 316(x30)
	fld f24, 112(x30)
	flw f25, 360(x30)
	fld f26, 168(x30)
	fld f27, 120(x30)
	fld f28, 72(x30)
	fld f29, 40(x30)
	fld f30, 380(x30)
	fld f31, 272(x30)
	la x30, dvals
	fld f19, 480(x30)
	la x30, dvals
	fld f22, 24(x30)
	fle.d x14, f19, f22
	fsflags x29, x0
	la x30, flaglog
	sb x29, 0(x30)
	la x30, dvals
	fld f9, 40(x30)
	la x30, dvals
	fld f4, 168(x30)
	fmul.d f3, f9, f4, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 1(x30)
	la x30, dvals
	fld f5, 272(x30)
	fdiv.d f22, f5, f4, dyn
	fcvt.d.s f1, f1
	fsflags x29, x0
	la x30, flaglog
	sb x29, 2(x30)
	la x30, dvals
	fld f18, 504(x30)
	fdiv.d f15, f20, f18, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 3(x30)
	sltu x7, x10, x29
	mv x12, x31
	c.fsd f9, 72(x12)
	addi x30, x31, 800
	amoswap.w.aqrl x17, x28, (x30)
	la x30, dvals
	flw f18, 640(x30)
	fmsub.s f12, f20, f14, f18, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 4(x30)
	fadd.s f3, f24, f20, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 5(x30)
	xor x9, x8, x11
	rem x8, x17, x19
	la x30, dvals
	fld f30, 96(x30)
	fsgnj.d f14, f12, f30
	fsflags x29, x0
	la x30, flaglog
	sb x29, 6(x30)
	sub x5, x24, x18
	sd x6, 2024(x31)
	la x30, dvals
	fld f14, 400(x30)
	fadd.d f7, f14, f11, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 7(x30)
	srai x29, x25, 63
	srliw x18, x0, 1
	remw x6, x7, x22
	la x30, dvals
	fld f11, 80(x30)
	la x30, dvals
	fld f30, 32(x30)
	fdiv.d f19, f11, f30, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 8(x30)
	add x20, x17, x19
	sllw x13, x13, x12
	mulw x20, x22, x21
	c.slli x28, 3
	lb x7, 1280(x2)
	fmv.x.d x10, f13
	lwu x9, 1904(x31)
	sra x7, x26, x27
	la x30, dvals
	flw f3, 636(x30)
	fsqrt.s f26, f3, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 9(x30)
	la x30, dvals
	flw f0, 668(x30)
	fcvt.l.s x16, f0, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 10(x30)
	slti x28, x24, 63
	bgeu x15, x5, 1f
	sll x4, x4, x5
1:
	sltu x21, x12, x16
	sub x15, x17, x26
	addi x30, x31, 1472
	lr.w.aqrl x6, (x30)
	addi x30, x30, 8
	sc.w.aqrl x5, x13, (x30)
	fcvt.l.d x8, f27, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 11(x30)
	sraw x29, x7, x29
	mulw x18, x23, x4
	or x17, x20, x18
	c.fsdsp f14, 416(sp)
	addiw x22, x0, 0
	la x30, dvals
	flw f24, 624(x30)
	fmul.s f21, f24, f30, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 12(x30)
	lw x25, 568(x2)
	la x30, dvals
	fld f28, 536(x30)
	la x30, dvals
	fld f5, 560(x30)
	fmsub.d f7, f28, f7, f5, rup
	or x23, x0, x28
	andi x5, x19, 31
	divw x1, x13, x24
	sb x11, 32(x31)
	addi x30, x31, 520
	amoand.d.aq x4, x6, (x30)
	sd x12, 1872(x31)
	sub x11, x4, x0
	c.addi4spn x11, sp, 724
	sra x22, x28, x16
	fcvt.d.w f18, x10
	mv x11, x31
	c.sw x10, 96(x11)
	sltiu x27, x15, -1
	la x30, dvals
	flw f1, 644(x30)
	la x30, dvals
	flw f10, 364(x30)
	fmsub.s f30, f1, f10, f17, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 13(x30)
	fcvt.w.s x3, f16, rne
	la x30, dvals
	fld f3, 584(x30)
	la x30, dvals
	fld f25, 568(x30)
	fmin.d f15, f3, f25
	xor x27, x13, x18
	fdiv.s f25, f16, f28, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 14(x30)
	fcvt.d.w f15, x21
	fsflags x29, x0
	la x30, flaglog
	sb x29, 15(x30)
	lui x16, 524287
	c.swsp x11, 136(sp)
	c.sdsp x17, 280(sp)
	srlw x16, x0, x15
	sd x7, 872(x31)
	addi x30, x31, 752
	amomin.w.aq x27, x29, (x30)
	sltiu x15, x9, 2047
	lui x14, 524288
	sw x17, 104(x31)
	la x30, dvals
	fld f25, 520(x30)
	fnmadd.d f2, f2, f25, f26, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 16(x30)
	la x30, dvals
	fld f11, 576(x30)
	fdiv.d f23, f11, f11, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 17(x30)
	addi x30, x31, 1792
	amoor.d.aqrl x14, x0, (x30)
	sraw x15, x3, x13
	la x30, dvals
	flw f11, 280(x30)
	la x30, dvals
	flw f4, 296(x30)
	fmax.s f10, f11, f4
	fsflags x29, x0
	la x30, flaglog
	sb x29, 18(x30)
	slti x21, x15, 32
	bgeu x22, x12, 1f
	sra x18, x12, x25
	xor x1, x8, x14
1:
	la x30, 1f
	c.jalr x30
	sllw x7, x5, x9
1:
	la x30, dvals
	flw f20, 684(x30)
	fadd.s f30, f30, f20, rup
	mv x14, x31
	c.fld f8, 16(x14)
	addi x30, x31, 336
	amomin.d x27, x14, (x30)
	sraw x27, x20, x4
	divw x11, x28, x15
	fsub.s f27, f16, f1, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 19(x30)
	ori x11, x18, 31
	divuw x22, x24, x19
	ori x6, x20, 31
	fmv.d.x f29, x26
	divu x5, x25, x15
	rem x24, x18, x15
	fcvt.w.s x11, f31, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 20(x30)
	sh x3, 1250(x31)
	jal x27, 1f
	and x12, x4, x19
1:
	remuw x11, x1, x25
	csrrci x3, fflags, 6
	fsqrt.s f2, f6, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 21(x30)
	la x30, dvals
	fld f3, 88(x30)
	la x30, dvals
	fld f4, 472(x30)
	fmsub.d f17, f3, f21, f4, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 22(x30)
	slt x7, x7, x17
	la x30, dvals
	flw f29, 592(x30)
	fmin.s f23, f29, f19
	fsflags x29, x0
	la x30, flaglog
	sb x29, 23(x30)
	la x30, dvals
	flw f1, 672(x30)
	la x30, dvals
	flw f11, 368(x30)
	fadd.s f28, f1, f11, rmm
	divw x23, x27, x11
	la x30, dvals
	fld f26, 216(x30)
	la x30, dvals
	fld f18, 240(x30)
	fsub.d f15, f26, f18, rmm
	fsflags x29, x0
	la x30, flaglog
	sb x29, 24(x30)
	la x30, dvals
	flw f26, 668(x30)
	fcvt.d.s f24, f26
	fsflags x29, x0
	la x30, flaglog
	sb x29, 25(x30)
	addw x23, x4, x27
	lh x13, 1790(x31)
	andi x28, x20, 32
	sraw x4, x28, x20
	add x23, x29, x12
	blt x6, x0, 1f
	sltu x13, x27, x15
	sra x5, x17, x20
1:
	sw x24, 1744(x31)
	bltu x17, x3, 1f
	srlw x25, x27, x8
1:
	addi x30, x31, 2008
	lr.d.aqrl x21, (x30)
	addi x30, x30, 8
	sc.d.aqrl x26, x0, (x30)
	c.j 1f
	sltu x6, x17, x3
1:
	fsqrt.d f18, f20, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 26(x30)
	la x30, dvals
	fld f29, 560(x30)
	fcvt.wu.d x1, f29, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 27(x30)
	fcvt.d.l f31, x3, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 28(x30)
	fcvt.d.w f11, x17
	fsflags x29, x0
	la x30, flaglog
	sb x29, 29(x30)
	mv x11, x31
	c.sw x10, 120(x11)
	addw x23, x29, x4
	blt x4, x21, 1f
	sraw x3, x15, x16
	sraw x21, x26, x12
1:
	andi x1, x28, 2047
	sd x4, 1864(x31)
	divw x10, x9, x27
	sh x10, 1164(x31)
	addi x30, x31, 1408
	amoxor.d.aqrl x3, x28, (x30)
	andi x6, x6, 63
	bge x20, x6, 1f
	slt x14, x13, x1
1:
	mulh x18, x25, x14
	la x30, dvals
	fld f23, 136(x30)
	fmul.d f19, f23, f10, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 30(x30)
	addi x30, x31, 880
	amomaxu.d.rl x7, x24, (x30)
	srlw x25, x15, x4
	mulhsu x13, x23, x4
	sd x21, 232(x31)
	mulh x15, x13, x29
	la x30, dvals
	fld f18, 40(x30)
	la x30, dvals
	fld f6, 40(x30)
	feq.d x19, f18, f6
	fsflags x29, x0
	la x30, flaglog
	sb x29, 31(x30)
	fcvt.wu.s x8, f26, dyn
	srl x10, x26, x3
	la x30, dvals
	flw f27, 392(x30)
	la x30, dvals
	flw f12, 380(x30)
	fnmadd.s f5, f17, f27, f12, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 32(x30)
	sllw x20, x29, x21
	fmax.s f6, f19, f14
	fsflags x29, x0
	la x30, flaglog
	sb x29, 33(x30)
	la x30, dvals
	fld f19, 152(x30)
	fcvt.s.d f13, f19, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 34(x30)
	jal x4, 1f
	slt x17, x16, x28
1:
	mulw x4, x21, x10
	ori x17, x25, 1
	jal x27, 1f
	addw x27, x6, x15
1:
	and x6, x25, x12
	addiw x25, x10, -1
	rem x19, x25, x16
	fsgnjx.s f18, f8, f30
	fsflags x29, x0
	la x30, flaglog
	sb x29, 35(x30)
	sltiu x28, x27, 31
	and x17, x12, x17
	la x30, dvals
	flw f31, 364(x30)
	la x30, dvals
	flw f23, 328(x30)
	fnmadd.s f27, f22, f31, f23, rmm
	xori x9, x13, 31
	bne x8, x10, 1f
	slt x1, x23, x5
	subw x5, x4, x1
1:
	slt x4, x25, x15
	sh x23, 964(x31)
	blt x29, x12, 1f
	addw x9, x5, x17
	srlw x23, x28, x0
1:
	fcvt.s.l f19, x20, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 36(x30)
	la x30, dvals
	fld f3, 104(x30)
	feq.d x3, f3, f18
	fsflags x29, x0
	la x30, flaglog
	sb x29, 37(x30)
	la x30, dvals
	flw f1, 628(x30)
	la x30, dvals
	flw f28, 336(x30)
	fmul.s f19, f1, f28, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 38(x30)
	sub x26, x15, x12
	slli x20, x18, 31
	sraiw x28, x4, 14
	mv x8, x31
	c.sw x11, 120(x8)
	andi x4, x3, 1
	srli x26, x16, 31
	srliw x28, x4, 0
	divw x27, x26, x8
	sll x13, x20, x7
	la x30, dvals
	fld f21, 192(x30)
	fclass.d x24, f21
	mv x13, x31
	c.ld x11, 40(x13)
	remw x25, x0, x18
	sub x14, x0, x24
	slt x22, x23, x23
	slli x6, x4, 44
	srliw x3, x29, 0
	lb x5, 834(x31)
	fadd.d f26, f18, f11, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 39(x30)
	mulhu x23, x16, x27
	c.fsdsp f15, 56(sp)
	divu x22, x19, x3
	la x30, 1f
	c.jalr x30
	sll x26, x3, x26
1:
	fdiv.d f10, f19, f14, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 40(x30)
	fmv.x.w x25, f7
	fcvt.s.l f30, x25, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 41(x30)
	xori x15, x23, -2048
	fsqrt.s f21, f28, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 42(x30)
	la x30, dvals
	fld f5, 16(x30)
	la x30, dvals
	fld f10, 552(x30)
	fdiv.d f4, f5, f10, dyn
	rem x19, x22, x21
	la x30, dvals
	flw f20, 284(x30)
	fmul.s f12, f20, f9, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 43(x30)
	srli x13, x27, 18
	sraiw x8, x23, 0
	sub x24, x6, x20
	remuw x19, x7, x3
	frcsr x4
	la x30, dvals
	fld f29, 176(x30)
	la x30, dvals
	fld f6, 112(x30)
	la x30, dvals
	fld f28, 224(x30)
	fmsub.d f7, f29, f6, f28, rup
	bne x22, x21, 1f
	sll x13, x6, x16
1:
	bgeu x28, x25, 1f
	sll x22, x5, x20
1:
	la x30, dvals
	fld f17, 400(x30)
	fcvt.l.d x18, f17, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 44(x30)
	la x30, dvals
	fld f16, 432(x30)
	fclass.d x10, f16
	fdiv.d f0, f19, f30, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 45(x30)
	la x30, dvals
	flw f18, 364(x30)
	fle.s x11, f18, f4
	fsflags x29, x0
	la x30, flaglog
	sb x29, 46(x30)
	sltu x0, x8, x3
	addi x24, x14, 64
	rem x24, x26, x29
	c.lwsp x17, 112(sp)
	c.ldsp x12, 328(sp)
	lb x18, 371(x2)
	la x30, dvals
	flw f14, 300(x30)
	la x30, dvals
	flw f24, 652(x30)
	la x30, dvals
	flw f11, 644(x30)
	fmadd.s f29, f14, f24, f11, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 47(x30)
	sd x9, 104(x31)
	sd x12, 1400(x31)
	srlw x4, x26, x4
	divu x23, x3, x22
	c.addw x12, x14
	la x30, dvals
	fld f13, 512(x30)
	fcvt.l.d x26, f13, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 48(x30)
	mv x15, x31
	c.sd x10, 0(x15)
	andi x5, x16, 1
	sll x13, x12, x26
	la x30, 1f
	c.jalr x30
	srl x9, x6, x24
1:
	la x30, dvals
	fld f6, 144(x30)
	fmax.d f29, f3, f6
	mul x7, x26, x18
	fdiv.d f18, f15, f24, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 49(x30)
	addiw x29, x29, 64
	addi x30, x31, 944
	amoor.w x7, x12, (x30)
	la x30, dvals
	flw f27, 388(x30)
	feq.s x8, f27, f5
	fadd.s f29, f22, f12, dyn
	la x30, dvals
	fld f13, 480(x30)
	la x30, dvals
	fld f21, 480(x30)
	fmax.d f24, f13, f21
	fsflags x29, x0
	la x30, flaglog
	sb x29, 50(x30)
	la x30, dvals
	fld f30, 272(x30)
	la x30, dvals
	fld f12, 440(x30)
	fsub.d f6, f30, f12, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 51(x30)
	addi x30, x31, 104
	amominu.d x13, x8, (x30)
	andi x4, x0, 830
	lw x15, 965(x31)
	addi x30, x31, 896
	amomax.d x9, x9, (x30)
	ori x25, x5, -2
	c.addi x4, -1
	c.addiw x4, -1
	lui x29, 524287
	bltu x4, x23, 1f
	srlw x27, x16, x22
1:
	ld x4, 1832(x31)
	remw x4, x19, x26
	lw x20, 540(x31)
	sll x13, x14, x4
	la x30, dvals
	flw f15, 628(x30)
	fsgnjx.s f2, f31, f15
	la x30, dvals
	fld f10, 24(x30)
	fcvt.l.d x22, f10, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 52(x30)
	blt x26, x18, 1f
	sub x28, x26, x5
	subw x0, x27, x13
1:
	slli x3, x16, 16
	slliw x24, x1, 1
	remuw x8, x20, x8
	flw f0, 468(x31)
	blt x3, x21, 1f
	sltu x17, x28, x14
	add x25, x9, x7
1:
	and x8, x1, x3
	la x30, dvals
	fld f3, 216(x30)
	fadd.d f16, f11, f3, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 53(x30)
	la x30, dvals
	flw f13, 300(x30)
	la x30, dvals
	flw f20, 312(x30)
	fdiv.s f17, f13, f20, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 54(x30)
	srai x14, x17, 1
	srliw x25, x3, 1
	srli x29, x23, 33
	srliw x26, x15, 31
	la x30, dvals
	flw f22, 388(x30)
	fsqrt.s f17, f22, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 55(x30)
	sh x8, 610(x31)
	la x30, dvals
	fld f31, 160(x30)
	fdiv.d f10, f31, f20, rtz
	srl x7, x1, x9
	fadd.s f29, f12, f1, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 56(x30)
	la x30, dvals
	flw f1, 292(x30)
	la x30, dvals
	flw f21, 348(x30)
	fdiv.s f24, f1, f21, rne
	la x30, dvals
	fld f23, 136(x30)
	fsqrt.d f15, f23, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 57(x30)
	and x17, x21, x14
	fsqrt.d f4, f6, rdn
	divuw x12, x20, x21
	remw x8, x25, x28
	slti x1, x8, 2047
	sltu x24, x20, x8
	sd x28, 120(x31)
	addiw x7, x24, 32
	flw f7, 1376(x31)
	la x30, dvals
	flw f14, 680(x30)
	flt.s x28, f14, f10
	fsflags x29, x0
	la x30, flaglog
	sb x29, 58(x30)
	la x30, dvals
	flw f12, 676(x30)
	fdiv.s f20, f9, f12, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 59(x30)
	slt x29, x0, x24
	srl x10, x28, x22
	srl x1, x24, x16
	mv x10, x31
	c.fsd f14, 224(x10)
	la x30, dvals
	flw f9, 308(x30)
	flt.s x12, f21, f9
	add x19, x25, x27
	beq x29, x22, 1f
	sllw x0, x24, x13
1:
	sub x12, x19, x5
	la x30, dvals
	fld f25, 168(x30)
	fle.d x27, f25, f10
	fsflags x29, x0
	la x30, flaglog
	sb x29, 60(x30)
	blt x22, x29, 1f
	addw x17, x0, x29
1:
	lbu x28, 440(x31)
	xor x25, x24, x9
	sw x25, 784(x31)
	fdiv.s f12, f27, f30, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 61(x30)
	srli x3, x14, 32
	sraiw x15, x18, 31
	mulw x29, x12, x24
	addi x30, x31, 544
	amomax.d.aqrl x10, x12, (x30)
	la x30, dvals
	flw f3, 352(x30)
	la x30, dvals
	flw f14, 624(x30)
	fsgnjn.s f16, f3, f14
	fsflags x29, x0
	la x30, flaglog
	sb x29, 62(x30)
	la x30, dvals
	fld f18, 512(x30)
	fmin.d f31, f18, f31
	fsflags x29, x0
	la x30, flaglog
	sb x29, 63(x30)
	la x30, dvals
	fld f28, 528(x30)
	la x30, dvals
	fld f30, 104(x30)
	fmadd.d f0, f29, f28, f30, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 64(x30)
	la x30, dvals
	flw f17, 384(x30)
	feq.s x25, f17, f17
	fsflags x29, x0
	la x30, flaglog
	sb x29, 65(x30)
	jal x27, 1f
	srlw x4, x24, x18
1:
	la x30, dvals
	flw f13, 640(x30)
	fmsub.s f21, f15, f13, f7, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 66(x30)
	lwu x5, 440(x2)
	csrrwi x10, frm, 1
	la x30, dvals
	flw f30, 376(x30)
	la x30, dvals
	flw f12, 636(x30)
	fle.s x20, f30, f12
	fsflags x29, x0
	la x30, flaglog
	sb x29, 67(x30)
	srlw x7, x22, x27
	addi x30, x31, 1552
	amoadd.w.rl x14, x8, (x30)
	la x30, dvals
	flw f7, 684(x30)
	fcvt.w.s x23, f7, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 68(x30)
	ori x22, x21, -1165
	div x9, x26, x14
	srai x28, x8, 63
	slliw x1, x22, 31
	xori x28, x19, 63
	add x16, x15, x8
	c.srai x8, 56
	c.andi x11, -1
	la x30, dvals
	flw f9, 392(x30)
	fsqrt.s f17, f9, dyn
	srai x0, x9, 32
	srliw x4, x8, 28
	mv x11, x31
	c.fld f11, 80(x11)
	auipc x24, 524287
	la x30, dvals
	fld f2, 472(x30)
	fcvt.s.d f8, f2, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 69(x30)
	or x12, x20, x5
	c.swsp x9, 68(sp)
	c.sdsp x25, 240(sp)
	mulhsu x24, x10, x20
	la x30, dvals
	flw f27, 384(x30)
	fmsub.s f24, f20, f27, f26, rdn
	divuw x25, x0, x22
	fsqrt.d f30, f14, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 70(x30)
	mv x10, x31
	c.fld f12, 240(x10)
	srai x23, x6, 0
	sraiw x10, x4, 1
	la x30, dvals
	flw f5, 284(x30)
	fdiv.s f8, f20, f5, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 71(x30)
	and x19, x6, x3
	la x30, dvals
	fld f18, 64(x30)
	fcvt.w.d x25, f18, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 72(x30)
	lh x8, 1040(x31)
	slti x18, x11, 64
	la x30, dvals
	flw f5, 592(x30)
	fsub.s f9, f21, f5, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 73(x30)
	la x30, dvals
	fld f6, 480(x30)
	fcvt.l.d x0, f6, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 74(x30)
	la x30, dvals
	flw f10, 676(x30)
	fcvt.w.s x21, f10, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 75(x30)
	c.li x29, -28
	c.lui x29, 14
	la x30, dvals
	fld f2, 168(x30)
	fcvt.l.d x5, f2, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 76(x30)
	sb x7, 185(x31)
	srl x22, x4, x18
	la x30, dvals
	fld f16, 240(x30)
	fadd.d f15, f22, f16, rdn
	div x23, x6, x28
	sll x21, x8, x19
	andi x12, x24, 0
	c.fldsp f23, 216(sp)
	sd x21, 936(x31)
	la x30, dvals
	fld f19, 208(x30)
	la x30, dvals
	fld f18, 144(x30)
	fsgnjx.d f16, f19, f18
	fsflags x29, x0
	la x30, flaglog
	sb x29, 77(x30)
	rem x28, x3, x8
	srai x22, x19, 31
	slliw x8, x10, 0
	sltu x18, x15, x7
	lh x29, 634(x2)
	fsflags x28, x18
	fmin.s f26, f27, f12
	sllw x14, x5, x23
	divu x28, x22, x3
	ori x11, x25, 32
	sub x0, x5, x11
	la x30, dvals
	flw f21, 652(x30)
	fmul.s f30, f21, f16, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 78(x30)
	sub x7, x29, x23
	c.bnez x12, 1f
	slt x6, x26, x21
1:
	la x30, dvals
	flw f20, 632(x30)
	fadd.s f18, f20, f24, rup
	fsflags x29, x0
	la x30, flaglog
	sb x29, 79(x30)
	c.nop
	divu x15, x28, x8
	lh x1, 1614(x2)
	la x30, dvals
	fld f30, 248(x30)
	la x30, dvals
	fld f24, 496(x30)
	fle.d x0, f30, f24
	fsflags x29, x0
	la x30, flaglog
	sb x29, 80(x30)
	srai x8, x1, 63
	sraiw x11, x9, 31
	sb x13, 1776(x31)
	lwu x6, 1424(x31)
	ld x5, 440(x31)
	beq x8, x14, 1f
	and x13, x13, x12
	sra x29, x8, x27
1:
	addw x17, x3, x11
	divu x5, x18, x9
	la x30, dvals
	fld f10, 272(x30)
	fcvt.w.d x17, f10, rtz
	fsflags x29, x0
	la x30, flaglog
	sb x29, 81(x30)
	xor x22, x7, x18
	add x12, x11, x27
	la x30, dvals
	fld f23, 136(x30)
	flt.d x23, f31, f23
	lb x4, 1643(x31)
	lbu x14, 1296(x2)
	la x30, dvals
	fld f11, 480(x30)
	fsgnjx.d f12, f10, f11
	fsflags x29, x0
	la x30, flaglog
	sb x29, 82(x30)
	sb x20, 619(x31)
	sw x18, 168(x31)
	jal x5, 1f
	add x3, x9, x20
1:
	jal x13, 1f
	sub x28, x0, x28
1:
	or x26, x16, x29
	srai x15, x14, 0
	sraiw x26, x22, 31
	addiw x4, x28, 2047
	jal x23, 1f
	slt x26, x21, x13
1:
	la x30, dvals
	fld f30, 528(x30)
	la x30, dvals
	fld f14, 544(x30)
	fmul.d f29, f30, f14, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 83(x30)
	addi x30, x31, 344
	amoor.w.rl x19, x18, (x30)
	sra x15, x14, x4
	xori x19, x0, 2047
	sraw x4, x8, x12
	fsrmi x27, 2
	jal x1, 1f
	sll x9, x28, x0
1:
	la x30, 1f
	jalr x16, 1(x30)
	srl x23, x26, x12
1:
	la x30, dvals
	flw f31, 324(x30)
	fdiv.s f10, f31, f5, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 84(x30)
	srl x4, x14, x0
	lh x25, 132(x2)
	la x30, dvals
	flw f26, 292(x30)
	fle.s x21, f31, f26
	fsflags x29, x0
	la x30, flaglog
	sb x29, 85(x30)
	addi x30, x31, 1184
	lr.w.aq x23, (x30)
	add x3, x8, x13
	sc.w.aq x17, x20, (x30)
	fle.s x17, f1, f1
	fsflags x29, x0
	la x30, flaglog
	sb x29, 86(x30)
	lbu x1, 1105(x31)
	mulhu x5, x16, x0
	srlw x22, x8, x11
	mulhu x28, x25, x11
	addw x5, x22, x21
	mulh x21, x22, x16
	la x30, dvals
	flw f14, 296(x30)
	la x30, dvals
	flw f10, 680(x30)
	fadd.s f18, f14, f10, dyn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 87(x30)
	sraw x10, x12, x11
	c.fldsp f7, 360(sp)
	fcvt.s.wu f15, x18, rdn
	fsflags x29, x0
	la x30, flaglog
	sb x29, 88(x30)
	beq x11, x27, 1f
	xor x10, x14, x18
	and x19, x17, x23
1:
	la x30, dvals
	fld f20, 544(x30)
	fsqrt.d f20, f20, rne
	fsflags x29, x0
	la x30, flaglog
	sb x29, 89(x30)
	la x30, dvals
	flw f13, 664(x30)
	fsgnjn.s f25, f8, f13
	fmv.d.x f18, x20
	la x30, dvals
	fld f0, 512(x30)
	la x30, dvals
	fld f16, 80(x30)
	fmin.d f19, f0, f16
	fsflags x29, x0
	la x30, flaglog
	sb x29, 90(x30)
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
	.dword 0xb22d2576c6fe28d7
	.dword 0x7f7ded859b68b083
	.dword 0x226a51df62613b17
	.dword 0xe57ccb56fed09efd
	.dword 0x4ce6473a0429e27a
	.dword 0x34b1776951d712a7
	.dword 0xc3f6c7a67b434ec7
	.dword 0x41ef56cacdfe2971
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
	.dword 0x41602e4f31271f23
	.dword 0x41b6e571ea189e55
	.dword 0x409b935f99b8d467
	.dword 0xbe68262655748850
	.dword 0x3f899724877e300a
	.dword 0x3e6a46c25979723b
	.dword 0xc093b264307d66cb
	.dword 0x3fe2b852a4aaa04e
	.dword 0x3fc77465d5603268
	.dword 0x41750dcc7dfa0aba
	.dword 0xbf5921ef8bae39d5
	.dword 0xbf8550b9ea7a92a0
	.dword 0xffe210ca7ebd76c7
	.dword 0xc33d7640368ca512
	.dword 0x8012abecc36337cb
	.dword 0x832a04c3a6b52ffa
	.dword 0xc3e160df0b0a9eb2
	.dword 0x002ad338e178449e
	.dword 0x80277e8af1191741
	.dword 0xc33b88003fb497c5
	.dword 0x83282f3ccf2f2f33
	.dword 0x801f50a7cab6c102
	.dword 0x03247c0bc180fdb9
	.dword 0x002fcdcf17251fbc
	.word 0xbc25d589
	.word 0xc36d71b6
	.word 0xc329259d
	.word 0xbd95967a
	.word 0x450f0abf
	.word 0xc345eb9d
	.word 0xc0adb205
	.word 0xc323415d
	.word 0x3e587f3b
	.word 0x3ff839b7
	.word 0x41a1863a
	.word 0xbe3a4148
	.word 0xcb39edca
	.word 0xcb66b9f7
	.word 0x32e729
	.word 0xf679525
	.word 0x7ebf2dd0
	.word 0x81346f7b
	.word 0xcb68cad5
	.word 0xcf5d8e2e
	.word 0x8f14fee1
	.word 0x5f01f709
	.word 0x7e85376b
	.word 0x8083740b
	.balign 16
scratch:
	.word 0x3ac6080a
	.word 0x832188c9
	.word 0xf526cb75
	.word 0xa547d771
	.word 0xaa92cc05
	.word 0x9150a40c
	.word 0x3ffdba64
	.word 0x9e9eb9bc
	.word 0x7c8ab068
	.word 0x7a73004b
	.word 0x5537c3b6
	.word 0x56bf7d6
	.word 0x9b049de
	.word 0x11fabafb
	.word 0x921acc89
	.word 0xbafaa0cc
	.word 0x3289a01d
	.word 0xd7ca6858
	.word 0xc2e58238
	.word 0x26f5d649
	.word 0x1babb2b7
	.word 0xd251ed69
	.word 0x106be877
	.word 0xc1c2e665
	.word 0x3ccf14a2
	.word 0x153c4a6f
	.word 0x124d6eb7
	.word 0x4ce1fe3a
	.word 0x17f67289
	.word 0xed40f51a
	.word 0x8f9a518b
	.word 0x70c1389e
	.word 0xad88bd97
	.word 0xfd7a11ca
	.word 0x5722c30b
	.word 0xe73731ea
	.word 0x20445c8f
	.word 0xd168c5c5
	.word 0xf3d0248d
	.word 0x1f7e1a8d
	.word 0x59d547da
	.word 0xd4e196ed
	.word 0x21b4fb93
	.word 0x661e5af0
	.word 0x5418650
	.word 0x84f80e35
	.word 0x22e379ea
	.word 0xf61dffa5
	.word 0x74c61171
	.word 0x6be52aa5
	.word 0x188c525d
	.word 0xca30dcfe
	.word 0xe441f109
	.word 0x96773b19
	.word 0x539051f3
	.word 0x6c6db9a4
	.word 0xb073d508
	.word 0x9084bc41
	.word 0xe69f6727
	.word 0x450bc15a
	.word 0x9933668a
	.word 0x49a9d31b
	.word 0xa9bd53e
	.word 0x77b98920
	.word 0x9528e7ae
	.word 0xb2710b40
	.word 0xf0311b4c
	.word 0xb846aee0
	.word 0xdec99d8d
	.word 0x42712d11
	.word 0x9db4e1f8
	.word 0x30f7c69d
	.word 0xcca4536f
	.word 0x9ffb916b
	.word 0x57067780
	.word 0xa731541b
	.word 0x3bfc2a82
	.word 0x6b2a8f54
	.word 0x62c254b4
	.word 0x22ccd35e
	.word 0xac4eaead
	.word 0x4afd7e60
	.word 0x431093f8
	.word 0x7c98d2af
	.word 0xbf6d38e9
	.word 0x16728ef1
	.word 0xb23d29c7
	.word 0xf7bd8ae5
	.word 0x9ac03b35
	.word 0x297c6926
	.word 0x2f479a4a
	.word 0x5dd83ded
	.word 0x16d3ab3f
	.word 0x153b2645
	.word 0x4f84693c
	.word 0x96d285cd
	.word 0xb0399f8
	.word 0x7fa81926
	.word 0xed100b60
	.word 0x63f3d69e
	.word 0x3d235bce
	.word 0x9d0cac83
	.word 0x1b05d16d
	.word 0x842c1ed9
	.word 0xf9109962
	.word 0xada923fc
	.word 0xb30a05f7
	.word 0x8527198d
	.word 0xa4c7da46
	.word 0xae6985a1
	.word 0x4560b32f
	.word 0x33aa2f0d
	.word 0xbf3d3128
	.word 0x3a1f8924
	.word 0xac56fb99
	.word 0x1799a36b
	.word 0x5d6e80b1
	.word 0x226427ad
	.word 0x74ab4845
	.word 0xa9df3414
	.word 0xa4efe4fa
	.word 0x56619082
	.word 0xea4db5fa
	.word 0xc2a9abe3
	.word 0xd63b129
	.word 0x13933dca
	.word 0xf162bc3f
	.word 0x7a44e6ed
	.word 0x35bf8181
	.word 0x7477ab86
	.word 0xa1e24ba5
	.word 0xfa45622e
	.word 0x9611acee
	.word 0xd20b9828
	.word 0x80d7dd4f
	.word 0x14be1ef0
	.word 0x3b6edd40
	.word 0xf8130943
	.word 0xbe5f9e1e
	.word 0xfe1362d0
	.word 0xdb6c5574
	.word 0x699d4f35
	.word 0xcf0a6e08
	.word 0xdbaec2cd
	.word 0x7d1b05f6
	.word 0xa91cafa4
	.word 0xa1ee0bd0
	.word 0x721348da
	.word 0x7a08ae9e
	.word 0x94b07713
	.word 0xd0191d7a
	.word 0x8572b081
	.word 0xbf3ddf30
	.word 0x9fa076fd
	.word 0xbe8c5602
	.word 0xbdcd88a4
	.word 0x97f8d7c8
	.word 0x2d33b848
	.word 0x1d683ff5
	.word 0x4844c57e
	.word 0xcd86cc6b
	.word 0x957f6bae
	.word 0x795862cb
	.word 0xd526312b
	.word 0x73684dea
	.word 0x20732080
	.word 0xc8035491
	.word 0xf0b59ef9
	.word 0x2e3976cc
	.word 0x1cfe213c
	.word 0xc3e06750
	.word 0x2e4a1a75
	.word 0xcd951217
	.word 0x952f7a7c
	.word 0x36782ecc
	.word 0x4797549c
	.word 0xd94c1de
	.word 0x20462a29
	.word 0x456c6da8
	.word 0xd3f83144
	.word 0x6fcbae2c
	.word 0x5bca464b
	.word 0x7366d68a
	.word 0x9f4f8871
	.word 0xa6727571
	.word 0xf35802ff
	.word 0x93f4f4fc
	.word 0xa0053b69
	.word 0xea6b037d
	.word 0xca98299f
	.word 0x3ade670a
	.word 0x31d4deb5
	.word 0xea475d34
	.word 0x3dda6544
	.word 0x5f29625d
	.word 0x1f3d866c
	.word 0x51fa6314
	.word 0xae8556d8
	.word 0x8f94ca17
	.word 0xcc120efc
	.word 0x3474cb5a
	.word 0xee46775
	.word 0xc35a4870
	.word 0xc0d5a61a
	.word 0xf6cd5e31
	.word 0xfc614634
	.word 0x40522087
	.word 0x8c1a9666
	.word 0x41118ad
	.word 0xc791cecf
	.word 0x37426c8b
	.word 0x20b50da2
	.word 0xa120a962
	.word 0x359adfe4
	.word 0xa2ab7237
	.word 0x51537c61
	.word 0xe53722ce
	.word 0x2cb2ad59
	.word 0x5a2f8b75
	.word 0xc36ea475
	.word 0xebe1ff25
	.word 0x54a391c7
	.word 0xf5f733ca
	.word 0x62413bad
	.word 0xe3a39fd7
	.word 0x9b7fc89b
	.word 0x2fffac0d
	.word 0x95b24772
	.word 0x76d1525c
	.word 0xcfc57e31
	.word 0x606ea830
	.word 0x1876a204
	.word 0x4afec7ff
	.word 0xd22cb11f
	.word 0xc5e11018
	.word 0x1bae1ec9
	.word 0xd69d0cb2
	.word 0x966591d7
	.word 0xafb31cf8
	.word 0x49a3272e
	.word 0x8598c02d
	.word 0x2e38f283
	.word 0x3d79dc57
	.word 0xd894daee
	.word 0x3aee5a4a
	.word 0xc54b31b9
	.word 0xccf440e7
	.word 0xd9f8d0f3
	.word 0xbf3cf100
	.word 0x280d04e
	.word 0x9aa9d4a
	.word 0x1a7df92b
	.word 0xe41bb67
	.word 0x1c85b9d1
	.word 0xdc464dce
	.word 0xaa0f6111
	.word 0x838122e7
	.word 0x5c6fb029
	.word 0xe732669c
	.word 0xd7d7deec
	.word 0xad4355c9
	.word 0x38b8d0b4
	.word 0x77667d83
	.word 0xa21e7ce8
	.word 0xddea0f09
	.word 0x1d67408c
	.word 0x5ba1fcd7
	.word 0xe35ef78a
	.word 0x885a82fd
	.word 0xd8ac911f
	.word 0x1b65df58
	.word 0xb15f6cff
	.word 0xc4d4f17f
	.word 0x59cbc42
	.word 0xd0821c48
	.word 0xf261ec6d
	.word 0x326958fb
	.word 0x37b0bc40
	.word 0x272d27dc
	.word 0xf90a20d7
	.word 0x1f0355bf
	.word 0xc32563c5
	.word 0x84e3790b
	.word 0x938ff1aa
	.word 0xdaea6997
	.word 0x6cc08d1b
	.word 0xd119a6ea
	.word 0x5d561508
	.word 0x611c0493
	.word 0xd04c9ed4
	.word 0x3151dcff
	.word 0x53090a98
	.word 0x391c4515
	.word 0x8669048a
	.word 0x79fae936
	.word 0xbf5b5058
	.word 0x7f5764f0
	.word 0xeaec8f94
	.word 0x18d8717b
	.word 0xc8145a00
	.word 0x29db0eea
	.word 0x48cb37c9
	.word 0xe8721ad0
	.word 0xce21a7c4
	.word 0xa1f20fa8
	.word 0xe0e88acb
	.word 0xc783d073
	.word 0xc303815
	.word 0x6d612c0c
	.word 0x54f187fc
	.word 0xe5c88a9b
	.word 0x67e98a16
	.word 0x83c74923
	.word 0x36809612
	.word 0xac1a4253
	.word 0x6e5a5f1b
	.word 0x929c9527
	.word 0x736d25b
	.word 0x72c64045
	.word 0xe3191962
	.word 0xc6921678
	.word 0xff7de96
	.word 0x7089f404
	.word 0x8f233300
	.word 0xc12bb381
	.word 0x5c22cdac
	.word 0xb77ea387
	.word 0x2c03200
	.word 0x94863840
	.word 0x224c2167
	.word 0x6a72d8b7
	.word 0x1de020a5
	.word 0x276507bf
	.word 0x75c62ab6
	.word 0xa286ed3e
	.word 0x9b03476e
	.word 0x8e312db9
	.word 0xdb4d573a
	.word 0x44efd20f
	.word 0x6b63c658
	.word 0x66b13e0c
	.word 0x6f634834
	.word 0xcadcabc6
	.word 0xab2cc694
	.word 0x4c35b20b
	.word 0xb4e14911
	.word 0x25a7d9f0
	.word 0xdaf613c
	.word 0xd09aaef8
	.word 0x2df8671a
	.word 0x27dc577
	.word 0xe0bc7bde
	.word 0x97360b9d
	.word 0x9ef5975f
	.word 0xafd24b50
	.word 0x31bf398c
	.word 0x7548bab
	.word 0x5215b7db
	.word 0x793a102c
	.word 0x5cce3bd3
	.word 0xed36d729
	.word 0xcdae74c0
	.word 0x65f8de3b
	.word 0xb9cfa5a4
	.word 0xe21b6039
	.word 0x4d9ce1d7
	.word 0xe56b4984
	.word 0x72a7a89
	.word 0x4714a834
	.word 0x905a669d
	.word 0x4dbcb3f9
	.word 0xa3bc3d18
	.word 0xa7facdf7
	.word 0x36ce0875
	.word 0xfdaa135
	.word 0x2479b5ab
	.word 0x4b57456d
	.word 0xdcac2690
	.word 0x57bf5f4f
	.word 0x368acde4
	.word 0x89f9359f
	.word 0x461ac57a
	.word 0xc804ce20
	.word 0x69dc3ec0
	.word 0x2e8d7182
	.word 0x97134a5c
	.word 0x354e1b70
	.word 0x322c6c60
	.word 0x4ba645b0
	.word 0xe1108338
	.word 0xdf888be3
	.word 0x10651fb9
	.word 0xc1dea870
	.word 0x8ec4e118
	.word 0x4e1ae50b
	.word 0x45ca0696
	.word 0xa600475a
	.word 0x738155cf
	.word 0x7e2bb333
	.word 0x1f735b5
	.word 0xf7d24b5
	.word 0xd691f940
	.word 0xde883e1c
	.word 0xf0318599
	.word 0xd0da7ed8
	.word 0x7f271a58
	.word 0x11e6d9ae
	.word 0x90bce427
	.word 0x8b38455b
	.word 0xf1fff6d2
	.word 0xeb939940
	.word 0x8fc176bd
	.word 0x83c640f6
	.word 0x30cc065a
	.word 0xb0e4d579
	.word 0x6337ebdc
	.word 0x57c8bbba
	.word 0x5744a745
	.word 0xb620b4f3
	.word 0xb76e112c
	.word 0xdc3edaa9
	.word 0xea14da9c
	.word 0x59ab25df
	.word 0x9f0bb1b7
	.word 0xce998009
	.word 0x2d8337e5
	.word 0x2489f91a
	.word 0x6efc2d2f
	.word 0x806ea8e3
	.word 0xfb2ea91a
	.word 0xefb23d9c
	.word 0xa83cda1c
	.word 0x5c9737c3
	.word 0xf78e5474
	.word 0x9d199474
	.word 0x5d7f345f
	.word 0xc565bd05
	.word 0x2a61a887
	.word 0xf159a0df
	.word 0x6d066dbe
	.word 0xb68e4126
	.word 0xabfd7013
	.word 0xba1d4f6c
	.word 0x6de81414
	.word 0x823ed781
	.word 0x4115a726
	.word 0x4bd2a61e
	.word 0xfd3c5b56
	.word 0xbc82afdd
	.word 0xc6561741
	.word 0x937896de
	.word 0xb5c1d7ef
	.word 0x68b27e51
	.word 0xc871f04d
	.word 0x397d4551
	.word 0xab329afa
	.word 0xf5d97f4c
	.word 0x9c22d8d4
	.word 0x203f5248
	.word 0x84b0d913
	.word 0x6dcc2d9a
	.word 0xe79c2d05
	.word 0x25ab3f7b
	.word 0xacbb579
	.word 0xf0f1c22b
	.word 0xde2c0851
	.word 0xbbe6ff82
	.word 0xe6c73ca9
	.word 0x2b119c00
	.word 0xaa39948
	.word 0x48de142d
	.word 0xc125d100
	.word 0x1bb87cc2
	.word 0x9026ec92
	.word 0xfb25c348
	.word 0x2ad0bf2e
	.word 0x9b995734
	.word 0x9e8e7eeb
	.word 0x7b35fe02
	.word 0x5a4e5378
	.word 0x94027668
	.word 0x832c7aef
	.word 0x82420637
	.word 0x921469d5
	.word 0xfaf60e02
	.word 0x5dfc20b9
	.word 0xe486e5cc
	.word 0x3fd043b3
	.word 0xc3613460
	.word 0x58459456
	.word 0xb32b0711
	.word 0xaae09055
	.word 0xa5a7e820
	.word 0x4cdb4a51
	.word 0x97be6bb9
	.word 0x3e5bd7d
	.word 0x3d02ac58
	.word 0x79ba9b9c
	.word 0x73e8d1f8
	.word 0x532b4773
	.word 0x436268b1
	.word 0xc0fdbeeb
	.word 0x933c4a1b
	.word 0x559bc3a4
	.word 0x9005ff33
	.word 0xd3929082
	.word 0xb1d09823
	.word 0xf8418069
	.word 0xc1d44daf
	.word 0x4450ba7f
	.word 0x30f10df0
	.word 0x38afafb7
	.balign 16
dump:
	.zero 520
	.balign 16
flaglog:
	.zero 1024
